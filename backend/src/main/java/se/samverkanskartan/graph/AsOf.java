package se.samverkanskartan.graph;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;

/**
 * The day that nested fields answer for: the {@code asOf} of the nearest field above them that takes one (today when
 * it is left out). {@code regions(asOf: 2019-01-01) { hospitals }} then lists the hospitals a region ran that day,
 * not every hospital it ever ran. It travels as GraphQL's local context, which a field hands down to the fields
 * below it; a field that takes no {@code asOf} anywhere above it, such as {@code node(id:)}, has none and answers
 * for all time.
 *
 * @param date the day
 */
public record AsOf(LocalDate date) {

	/** The day a field answers for, from its local context; null when no field above it takes an {@code asOf}. */
	public static @Nullable LocalDate ofContext(@Nullable Object localContext) {
		return localContext instanceof AsOf asOf ? asOf.date() : null;
	}

	/** The day for the field being fetched. */
	public static @Nullable LocalDate of(DataFetchingEnvironment environment) {
		Object localContext = environment.getLocalContext();
		return ofContext(localContext);
	}

	/** Puts the day of each field with an {@code asOf} argument into the local context of its result. */
	@Component
	static class Scope extends SimplePerformantInstrumentation {

		private final NodeReader reader;

		Scope(NodeReader reader) {
			this.reader = reader;
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
				@Nullable InstrumentationState state) {
			if (parameters.getExecutionStepInfo().getFieldDefinition().getArgument("asOf") == null) {
				return fetcher;
			}
			return environment -> {
				AsOf asOf = new AsOf(this.reader.asOf(environment.getArgument("asOf")));
				Object result = fetcher.get(environment);
				if (result instanceof CompletionStage<?> later) {
					return later.thenApply(value -> scoped(value, asOf));
				}
				return result instanceof Publisher<?> ? result : scoped(result, asOf);
			};
		}

		private static @Nullable Object scoped(@Nullable Object result, AsOf asOf) {
			if (result instanceof DataFetcherResult<?> given) {
				return given.transform(builder -> builder.localContext(asOf));
			}
			return DataFetcherResult.newResult().data(result).localContext(asOf).build();
		}

	}

}
