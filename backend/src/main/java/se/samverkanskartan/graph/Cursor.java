package se.samverkanskartan.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the sort keys of a row, so that the next page starts after that row however many rows were added
 * or removed before it in the meantime (an offset would repeat or skip rows). Opaque to clients: base64 of the keys,
 * each written with its type and length, so that a name with any characters in it reads back exactly.
 */
public record Cursor(List<Object> keys) {

	private static final String VERSION = "K1";

	public Cursor {
		keys = List.copyOf(keys);
	}

	public static Cursor of(Object... keys) {
		return new Cursor(List.of(keys));
	}

	public String encode() {
		StringBuilder text = new StringBuilder(VERSION);
		for (Object key : this.keys) {
			if (key instanceof Number number) {
				text.append('n').append(number.longValue()).append(';');
			}
			else {
				String value = key.toString();
				text.append('s').append(value.length()).append(':').append(value);
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor this server handed out; anything else is refused naming {@code argument}. */
	public static Cursor decode(String cursor, String argument) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(VERSION)) {
				throw notACursor(argument);
			}
			List<Object> keys = new ArrayList<>();
			int at = VERSION.length();
			while (at < text.length()) {
				char type = text.charAt(at++);
				if (type == 'n') {
					int end = text.indexOf(';', at);
					keys.add(Long.parseLong(text.substring(at, end)));
					at = end + 1;
				}
				else if (type == 's') {
					int colon = text.indexOf(':', at);
					int length = Integer.parseInt(text.substring(at, colon));
					keys.add(text.substring(colon + 1, colon + 1 + length));
					at = colon + 1 + length;
				}
				else {
					throw notACursor(argument);
				}
			}
			if (keys.isEmpty()) {
				throw notACursor(argument);
			}
			return new Cursor(keys);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw notACursor(argument);
		}
	}

	private static InvalidArgumentException notACursor(String argument) {
		return new InvalidArgumentException(argument,
				"not a cursor this list handed out; pass a pageInfo.endCursor, startCursor or an edge's cursor as it was returned");
	}

}
