package se.samverkanskartan.ui.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * Chooses how the UI reaches the API. Without {@code cooperation.api.url} it calls the GraphQL service of this very
 * process (one process, one port) as the signed-in user; with it, a remote backend over HTTP with the machine
 * credential {@code cooperation.api.key} (sent as {@code X-API-Key}), whose roles then decide what the UI may read
 * and change. Either way the UI sends the same documents.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientConfiguration {

	@Bean
	GraphQlClient cooperationGraphQlClient(@Value("${cooperation.api.url:}") String apiUrl,
			@Value("${cooperation.api.key:}") String apiKey, ObjectProvider<ExecutionGraphQlService> localService) {
		if (!apiUrl.isBlank()) {
			RestClient.Builder rest = RestClient.builder().baseUrl(apiUrl);
			if (!apiKey.isBlank()) {
				rest.defaultHeader("X-API-Key", apiKey);
			}
			return HttpSyncGraphQlClient.create(rest.build());
		}
		ExecutionGraphQlService service = localService.getIfAvailable();
		if (service == null) {
			throw new IllegalStateException(
					"No GraphQL service in this process: set cooperation.api.url to the address of a backend's /graphql");
		}
		return GraphQlClient.builder(new InProcessGraphQlTransport(service)).build();
	}
}
