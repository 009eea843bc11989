package se.samverkanskartan.ui.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The UI's security filter chain: Vaadin's defaults (its internal requests, CSRF for its own requests, the request
 * cache and logout) with form login on {@link LoginView}. The users are the API's {@code UserDetailsService} bean,
 * which Spring Security picks up for this chain. It has the lowest precedence (no {@code @Order}), so the API's
 * chain, which matches only the API's paths, is asked first and keeps its stateless rules.
 *
 * <p>
 * Which routes need a signed-in user is decided per view: the map is open to anonymous visitors at the HTTP level
 * and checks {@code samverkanskartan.security.anonymous-read} itself ({@link CurrentUser#mayRead()}), because the
 * switch is configuration, not an annotation. It sends a visitor who must log in through {@link LoginRedirect},
 * which remembers the address opened, so that Vaadin's login success handler lands them there.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

	@Bean
	SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
			.build();
	}
}
