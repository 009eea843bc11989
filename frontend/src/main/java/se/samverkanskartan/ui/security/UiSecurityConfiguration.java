package se.samverkanskartan.ui.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The UI's security filter chain: Vaadin's defaults (its internal requests, the request cache and logout) with form
 * login on {@link LoginView}. Passwords are checked as the API checks them, throttled after failed logins: the
 * backend's {@code AuthenticationProvider} bean, which Spring Security's global authentication manager uses. It has the lowest precedence (no {@code @Order}), so the API's chain, which matches only
 * the API's paths, is asked first and keeps its stateless rules.
 *
 * <p>
 * CSRF: Vaadin's own settings exempt the login form from the token, so a page on any site could sign a visitor in
 * as someone else. Here only Vaadin's internal requests are exempt (they carry Vaadin's own token); the login form
 * sends the token the page holds in its {@code _csrf} meta tags.
 *
 * <p>
 * Headers: {@link SecurityHeaders}, a filter of its own, since not every response of Vaadin's passes through here.
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
	SecurityFilterChain uiSecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
		return http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
			.with(VaadinSecurityConfigurer.vaadin(),
					vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false))
			// After Vaadin's configurer, so that its login view, not Spring Security's generated page, is the login page.
			.formLogin(form -> form.failureHandler(new LoginFailure()))
			.build();
	}

	/** Before everything else, so that every response of the UI has the headers, whatever answers it. */
	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
