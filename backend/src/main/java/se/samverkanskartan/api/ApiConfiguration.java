package se.samverkanskartan.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP face of the API beyond what Spring for GraphQL configures: well-formed requests only, GET for queries
 * with ETags, persisted queries, and GraphiQL.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	PersistedQueries persistedQueries(PersistedQueryProperties properties) {
		return new PersistedQueries(properties.maxEntries());
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQuerySupport(PersistedQueries queries) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(queries.support()));
	}

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlHttpHandler handler, JsonMapper json, PersistedQueries queries,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		GraphQlGetEndpoint endpoint = new GraphQlGetEndpoint(handler, json, queries);
		return RouterFunctions.route().GET(path, endpoint::handle).build();
	}

	@Bean
	FilterRegistrationBean<EntityTags> entityTags(@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<EntityTags> registration = new FilterRegistrationBean<>(new EntityTags(path));
		// Inside the filters that refuse malformed and oversized requests, outside security, whose headers it keeps.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WellFormedRequestFilter> wellFormedRequestFilter(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<WellFormedRequestFilter> registration = new FilterRegistrationBean<>(
				new WellFormedRequestFilter(path));
		// Right after the size limit, which bounds what this filter reads, and before security.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	RouterFunction<ServerResponse> graphiQlRoute(@Value("${samverkanskartan.graphiql.path}") String path,
			@Value("${samverkanskartan.graphiql.version}") String graphiqlVersion,
			@Value("${samverkanskartan.graphiql.react-version}") String reactVersion) {
		GraphiQlPage page = new GraphiQlPage(graphiqlVersion, reactVersion);
		return RouterFunctions.route().GET(path, page::handle).build();
	}

}
