package se.samverkanskartan.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/** Limits on query depth, cost, request size and execution time; each names itself when reached. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(ApiLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return LimitExceeded.abort("maxDepth", depth, maxDepth);
			}
		};
	}

	@Bean
	QueryCostLimit queryCostLimit(ApiLimits limits) {
		return new QueryCostLimit(limits.maxCost());
	}

	@Bean
	TimeLimit timeLimit(ApiLimits limits) {
		return new TimeLimit(limits.timeout());
	}

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new LimitedGraphQlHttpHandler(handler);
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ApiLimits limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(limits.maxRequestSize().toBytes(), path));
		// Before anything else reads the body, security included.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RefusalBrake> refusalBrake(ApiLimits limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RefusalBrake> registration = new FilterRegistrationBean<>(
				new RefusalBrake(limits.brake(), path, System::nanoTime, Thread::sleep));
		// Before the request is read or authenticated: a braked client costs as little as possible.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
