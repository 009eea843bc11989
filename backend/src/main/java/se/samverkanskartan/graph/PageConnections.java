package se.samverkanskartan.graph;

import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;

import graphql.relay.Edge;
import graphql.relay.PageInfo;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * Every connection field answers from a {@link Page}: keyset cursors, both directions and a total count. Spring
 * Boot's own pagination (offset windows) stands aside, since it is set up only when no cursor strategy is declared.
 */
@Configuration(proxyBeanMethods = false)
class PageConnections {

	@Bean
	EncodingCursorStrategy<Cursor> cursorStrategy() {
		return CursorStrategy.withEncoder(new KeysetCursors(), CursorEncoder.noOpEncoder());
	}

	@Bean
	GraphQlSourceBuilderCustomizer pageConnections() {
		return builder -> builder.typeVisitors(List.of(ConnectionFieldTypeVisitor.create(List.of(new PageAdapter()))));
	}

	/** A connection with what a page knows beyond Relay's fields: {@code totalCount}, counted when asked for. */
	public record CountedConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier total) {

		public long totalCount() {
			return this.total.getAsLong();
		}

		public List<Edge<T>> getEdges() {
			return this.edges;
		}

		public PageInfo getPageInfo() {
			return this.pageInfo;
		}

	}

	private static final class PageAdapter implements ConnectionAdapter {

		@Override
		public boolean supports(Class<?> type) {
			return Page.class.isAssignableFrom(type);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> Collection<T> getContent(Object container) {
			return ((Page<T>) container).items();
		}

		@Override
		public boolean hasPrevious(Object container) {
			return ((Page<?>) container).hasPrevious();
		}

		@Override
		public boolean hasNext(Object container) {
			return ((Page<?>) container).hasNext();
		}

		@Override
		@SuppressWarnings("unchecked")
		public String cursorAt(Object container, int index) {
			Page<Object> page = (Page<Object>) container;
			return page.cursor().apply(page.items().get(index)).encode();
		}

		@Override
		public <T> Object createConnection(Object container, List<Edge<T>> edges, PageInfo pageInfo) {
			return new CountedConnection<>(edges, pageInfo, ((Page<?>) container).total());
		}

	}

	/** The cursor strategy Spring asks for; the cursors themselves are {@link Cursor}'s, checked when they are read. */
	private static final class KeysetCursors implements CursorStrategy<Cursor> {

		@Override
		public boolean supports(Class<?> type) {
			return Cursor.class.isAssignableFrom(type);
		}

		@Override
		public String toCursor(Cursor cursor) {
			return cursor.encode();
		}

		@Override
		public Cursor fromCursor(String cursor) {
			return Cursor.decode(cursor, "after");
		}

	}

}
