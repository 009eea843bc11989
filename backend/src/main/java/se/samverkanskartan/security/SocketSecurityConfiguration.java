package se.samverkanskartan.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL WebSocket's authentication at {@code connection_init} ({@link SocketCredentials}), with every way in
 * that the API's chain takes: API keys, passwords (throttled, as for HTTP Basic) and bearer JWTs when configured.
 */
@Configuration(proxyBeanMethods = false)
class SocketSecurityConfiguration {

	@Bean
	SocketCredentials socketCredentials(SecurityProperties properties, AuthenticationProvider passwords,
			ObjectProvider<JwtDecoder> jwtDecoder) {
		List<AuthenticationProvider> providers = new ArrayList<>(
				List.of(new ApiKeyAuthentication(properties.apiKeys()), passwords));
		jwtDecoder.ifAvailable(decoder -> providers.add(JwtRoles.provider(decoder, properties.jwt())));
		return new SocketCredentials(new ProviderManager(providers), properties.anonymousRead());
	}

	/** Takes the place of Spring Boot's handler, configured alike by {@code spring.graphql.websocket.*}. */
	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			JsonMapper json) {
		return new ClosableSockets(handler, new JacksonJsonHttpMessageConverter(json),
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive());
	}

}
