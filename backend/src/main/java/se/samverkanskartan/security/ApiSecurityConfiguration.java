package se.samverkanskartan.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;


import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API's security: stateless, no CSRF (no cookies are used, so there is nothing to forge), and three ways in —
 * HTTP Basic with the UI's users, API keys, and bearer JWTs when an issuer or JWK set is configured. It matches only
 * the API paths and comes first, so the UI's own chain can take everything else; the container's error dispatch
 * for a request to the API belongs to this chain too, so that an API error is never answered by the UI's rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

	/** The paths of the API, downloads included; the UI's chain must not claim them. */
	static final String[] API_PATHS = { "/graphql", "/graphql/**", "/graphiql", "/webjars/**", "/export/**",
			"/import/**", "/actuator/**" };

	private static final List<PathPattern> API_PATTERNS = Arrays.stream(API_PATHS)
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_EDITOR
				ROLE_EDITOR > ROLE_VIEWER""");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The users, shared with the UI's login. */
	@Bean
	UserDetailsService userDetailsService(SecurityProperties properties, PasswordEncoder encoder) {
		return new InMemoryUserDetailsManager(UserAccounts.of(properties, encoder));
	}

	@Bean
	LoginThrottle loginThrottle(SecurityProperties properties) {
		return new LoginThrottle(properties.loginThrottle(), Clock.systemUTC());
	}

	/**
	 * The one way passwords are checked, for the API's HTTP Basic and the UI's login form alike: throttled
	 * ({@link LoginThrottle}), then the hash, once per user and password, whose successes are remembered for a while.
	 * As the application's only {@code AuthenticationProvider} bean it is what Spring Security's global
	 * authentication manager uses, so the UI's chain gets it without naming it.
	 */
	@Bean
	AuthenticationProvider passwordLogins(SecurityProperties properties, UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ThrottledPasswords(new CachingPasswordAuthenticationProvider(dao, properties.basicCache().ttl(),
				properties.basicCache().maxEntries(), Clock.systemUTC()), throttle);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, AuthenticationProvider passwords,
			ObjectProvider<JwtDecoder> jwtDecoder, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.websocket.path:/graphql}") String socketPath) throws Exception {
		ApiRefusal entryPoint = new ApiRefusal();
		if (!properties.allowedOrigins().isEmpty()) {
			// Ahead of everything that looks at credentials: a preflight carries none.
			http.addFilterAt(CrossOriginPages.filter(properties.allowedOrigins(), graphQlPath), CorsFilter.class);
		}
		http.securityMatchers(matchers -> matchers.requestMatchers(API_PATHS).requestMatchers(apiErrorDispatch()))
			.csrf(csrf -> csrf.disable())
			// No cookies, but a browser's remembered Basic login works like one: writes from other sites are refused.
			.addFilterBefore(new CrossSiteRequests(properties.allowedOrigins()), CsrfFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// Its own manager: the chain checks passwords only, never through a parent.
			.authenticationManager(new ProviderManager(passwords))
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.with(new ApiKeyConfigurer(properties.apiKeys(), entryPoint), Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
			.authorizeHttpRequests(requests -> {
				// The error page shows how the original request failed; that request was authorized already.
				requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				// GraphiQL's page and scripts hold no data; its requests to /graphql authenticate like any other.
				requests.requestMatchers("/graphiql", "/webjars/**").permitAll();
				// A browser cannot put credentials on a WebSocket's handshake: the socket authenticates at connection_init
				// (SocketCredentials), before which graphql-ws runs nothing. Credentials sent on it still count.
				requests.requestMatchers(socketHandshake(socketPath)).permitAll();
				// Health says UP or DOWN and nothing else, for Docker and load balancers that hold no credentials.
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				// Exports hold every fact, internal ones included: for those who may see them.
				requests.requestMatchers("/export/**").hasRole(Role.EDITOR.name());
				requests.requestMatchers("/import/**").hasRole(Role.ADMIN.name());
				if (properties.anonymousRead()) {
					// Reading is open; writing still needs EDITOR, checked on the services themselves.
					requests.anyRequest().permitAll();
				}
				else {
					// VIEWER or any role above it: a token without one of our roles reads nothing.
					requests.anyRequest().hasRole(Role.VIEWER.name());
				}
			});
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			// Its own manager: the chain's manager checks passwords only.
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(entryPoint)
				.jwt(jwt -> jwt.authenticationManager(new ProviderManager(JwtRoles.provider(decoder, properties.jwt())))));
			log.info("The API accepts bearer JWTs; roles from the claim '{}'", properties.jwt().rolesClaim());
		}
		if (properties.anonymousRead()) {
			log.warn("Anonymous read access is ON: anyone who reaches the API can read all facts that are not internal");
		}
		return http.build();
	}

	/** A WebSocket handshake on the GraphQL WebSocket's path, as Spring for GraphQL's handler mapping takes it. */
	private static RequestMatcher socketHandshake(String path) {
		return request -> "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
				&& request.getRequestURI().equals(request.getContextPath() + path);
	}

	/** The container's error dispatch for a request to one of the API paths. */
	private static RequestMatcher apiErrorDispatch() {
		return request -> {
			if (request.getDispatcherType() != DispatcherType.ERROR
					|| !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
				return false;
			}
			PathContainer path = PathContainer.parsePath(uri.substring(Math.min(uri.length(), request.getContextPath().length())));
			return API_PATTERNS.stream().anyMatch(pattern -> pattern.matches(path));
		};
	}

}
