package se.samverkanskartan.api;

import org.springframework.beans.factory.annotation.Value;
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
 * The HTTP face of the API beyond what Spring for GraphQL configures: well-formed requests only, GET for queries,
 * and GraphiQL.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlHttpHandler handler, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		GraphQlGetEndpoint endpoint = new GraphQlGetEndpoint(handler, json);
		return RouterFunctions.route().GET(path, endpoint::handle).build();
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
