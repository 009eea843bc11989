package se.samverkanskartan.graph;

import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * The cursors of every connection: offsets, base64-encoded, as Spring Boot would make them, except that a cursor
 * this server did not hand out is the client's mistake, a BAD_REQUEST naming {@code after}, not an internal error.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new OffsetCursors(), new CheckedBase64());
	}

	private static InvalidArgumentException notACursor() {
		return new InvalidArgumentException("after",
				"not a cursor this list handed out; pass a pageInfo.endCursor or an edge's cursor as it was returned");
	}

	/** Base64 as Spring's encoder does it; text that is not base64 is refused. */
	private static final class CheckedBase64 implements CursorEncoder {

		private final CursorEncoder base64 = CursorEncoder.base64();

		@Override
		public String encode(String cursor) {
			return this.base64.encode(cursor);
		}

		@Override
		public String decode(String cursor) {
			try {
				return this.base64.decode(cursor);
			}
			catch (IllegalArgumentException ex) {
				throw notACursor();
			}
		}

	}

	/** Offsets only, written as Spring writes them ({@code O_<offset>}): the lists page by offset. */
	private static final class OffsetCursors implements CursorStrategy<ScrollPosition> {

		private static final Pattern OFFSET = Pattern.compile("O_\\d{1,18}");

		private final ScrollPositionCursorStrategy positions = new ScrollPositionCursorStrategy();

		@Override
		public boolean supports(Class<?> targetType) {
			return this.positions.supports(targetType);
		}

		@Override
		public String toCursor(ScrollPosition position) {
			return this.positions.toCursor(position);
		}

		@Override
		public ScrollPosition fromCursor(String cursor) {
			// Spring's own reading takes "O_-5" for the first row and parses keysets; these lists hand out neither.
			if (!OFFSET.matcher(cursor).matches()) {
				throw notACursor();
			}
			return ScrollPosition.offset(Long.parseLong(cursor.substring(2)));
		}

	}

}
