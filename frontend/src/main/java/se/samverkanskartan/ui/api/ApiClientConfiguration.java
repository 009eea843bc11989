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
 * process (one process, one port); with it, a remote backend over HTTP. Either way the UI sends the same documents.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientConfiguration {

	@Bean
	GraphQlClient cooperationGraphQlClient(@Value("${cooperation.api.url:}") String apiUrl,
			ObjectProvider<ExecutionGraphQlService> localService) {
		if (!apiUrl.isBlank()) {
			return HttpSyncGraphQlClient.create(RestClient.create(apiUrl));
		}
		ExecutionGraphQlService service = localService.getIfAvailable();
		if (service == null) {
			throw new IllegalStateException(
					"No GraphQL service in this process: set cooperation.api.url to the address of a backend's /graphql");
		}
		return GraphQlClient.builder(new InProcessGraphQlTransport(service)).build();
	}
}
