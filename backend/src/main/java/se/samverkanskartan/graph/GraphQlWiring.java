package se.samverkanskartan.graph;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wiring shared by every feature: the Date, DateTime and PartialDate scalars, the type of each {@link GraphNode} by its kind, and
 * kind-specific fields (e.g. {@code Hospital.city}) read from the node's properties.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

	@Bean
	RuntimeWiringConfigurer graphWiring() {
		return new RuntimeWiringConfigurer() {
			@Override
			public void configure(RuntimeWiring.Builder builder) {
				builder.scalar(DateScalar.DATE);
				builder.scalar(DateTimeScalar.DATE_TIME);
				builder.scalar(PartialDateScalar.PARTIAL_DATE);
				builder.type("Node", type -> type.typeResolver(env -> env.getSchema()
					.getObjectType(((GraphNode) env.getObject()).kind().label())));
			}

			@Override
			public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
				container.add(new NodePropertyWiring());
			}
		};
	}

	/** Fields that a {@link GraphNode} has no accessor for come from its kind-specific properties. */
	private static final class NodePropertyWiring implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return false;
		}

		@Override
		public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
			String field = environment.getFieldDefinition().getName();
			PropertyDataFetcher<Object> standard = PropertyDataFetcher.fetching(field);
			return env -> {
				if (env.getSource() instanceof GraphNode node && !GraphNode.ACCESSORS.contains(field)) {
					Object value = node.property(field);
					return value == null ? defaultFor(field) : value;
				}
				return standard.get(env);
			};
		}

		/** Lists and flags the schema declares non-null have a value even when the data gives none. */
		private static Object defaultFor(String field) {
			return switch (field) {
				case "sites" -> List.of();
				case "ocr", "binding", "directionKnown", "internal", "unsourced" -> false;
				// Facts loaded before versions existed count as never edited.
				case "version" -> 0L;
				default -> null;
			};
		}

	}

}
