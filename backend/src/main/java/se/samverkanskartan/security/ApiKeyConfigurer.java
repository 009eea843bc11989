package se.samverkanskartan.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Puts the API-key filter into a chain, before HTTP Basic.
 *
 * <p>
 * The filter is built in {@link #configure}, like the filters of Spring Security's own configurers, and gets the
 * {@code SecurityContextHolderStrategy} they get: the application's bean if there is one. A filter made with
 * {@code new} while the chain's bean is created would take the strategy {@code SecurityContextHolder} holds at
 * that moment instead. In the shipped application Vaadin registers a strategy bean and installs it globally only
 * once all beans exist, so such a filter stored the verified key where no later filter looked, and every key was
 * answered with 401.
 */
final class ApiKeyConfigurer extends AbstractHttpConfigurer<ApiKeyConfigurer, HttpSecurity> {

	private final List<SecurityProperties.ApiKey> keys;
	private final AuthenticationEntryPoint refusal;

	ApiKeyConfigurer(List<SecurityProperties.ApiKey> keys, AuthenticationEntryPoint refusal) {
		this.keys = keys;
		this.refusal = refusal;
	}

	@Override
	public void configure(HttpSecurity http) {
		ApiKeyAuthentication authentication = new ApiKeyAuthentication(this.keys);
		AuthenticationFilter filter = new AuthenticationFilter(authentication, authentication);
		filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
		filter.setSuccessHandler(new GoOn());
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(this.refusal));
		http.addFilterBefore(postProcess(filter), BasicAuthenticationFilter.class);
	}

	/** On success the request simply goes on: no redirect, no session. */
	private static final class GoOn implements AuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				FilterChain chain, Authentication authentication) throws IOException, ServletException {
			chain.doFilter(request, response);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
		}

	}

}
