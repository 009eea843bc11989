package se.samverkanskartan.graph;

import java.util.List;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.jspecify.annotations.Nullable;
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
			return new NodeProperty(environment.getFieldDefinition().getName());
		}

		/** Lists and flags the schema declares non-null have a value even when the data gives none. */
		private static @Nullable Object defaultFor(String field) {
			return switch (field) {
				case "sites" -> List.of();
				case "ocr", "binding", "directionKnown", "internal", "unsourced" -> false;
				// Facts loaded before versions existed count as never edited.
				case "version" -> 0L;
				default -> null;
			};
		}

	}

	/**
	 * A field read from the source object, as {@link PropertyDataFetcher} reads it, or from a {@link GraphNode}'s
	 * properties. Light, and so trivial to graphql-java and Spring: no observation, no context propagation per field,
	 * which for a map of thousands of nodes and edges cost more than reading them from the database.
	 */
	private static final class NodeProperty implements LightDataFetcher<Object> {

		private final String field;

		private final PropertyDataFetcher<Object> standard;

		NodeProperty(String field) {
			this.field = field;
			this.standard = PropertyDataFetcher.fetching(field);
		}

		@Override
		public @Nullable Object get(GraphQLFieldDefinition definition, @Nullable Object source,
				Supplier<DataFetchingEnvironment> environment)
				throws Exception {
			if (source instanceof GraphNode node && !GraphNode.ACCESSORS.contains(this.field)) {
				Object value = node.property(this.field);
				return value == null ? NodePropertyWiring.defaultFor(this.field) : value;
			}
			return this.standard.get(definition, source, environment);
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
			return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
		}

	}

}
