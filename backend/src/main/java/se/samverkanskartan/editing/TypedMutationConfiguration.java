package se.samverkanskartan.editing;

import java.util.Map;

import graphql.schema.DataFetcher;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import se.samverkanskartan.graph.NodeKind;

/**
 * Adds the typed mutations of every kind to the schema as it is built ({@link TypedMutationSchema}), and wires them to
 * {@link TypedMutations}.
 */
@Configuration(proxyBeanMethods = false)
class TypedMutationConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer typedMutationSchema() {
		return builder -> builder.configureTypeDefinitions(TypedMutationSchema::addTo);
	}

	@Bean
	RuntimeWiringConfigurer typedMutationWiring(TypedMutations mutations) {
		return wiring -> wiring.type("Mutation", type -> {
			for (NodeKind kind : NodeKind.values()) {
				type.dataFetcher(TypedMutationSchema.createName(kind),
						(DataFetcher<?>) env -> mutations.create(kind, env.<Map<String, Object>>getArgument("input")));
				type.dataFetcher(TypedMutationSchema.updateName(kind),
						(DataFetcher<?>) env -> mutations.update(kind, env.getArgument("id"),
								env.<Integer>getArgument("version"), env.<Map<String, Object>>getArgument("input")));
			}
			return type;
		});
	}

}
