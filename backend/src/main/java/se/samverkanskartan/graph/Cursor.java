package se.samverkanskartan.graph;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A keyset cursor: the sort keys of a row, so that the next page starts after that row however many rows were added
 * or removed before it in the meantime (an offset would repeat or skip rows). Opaque to clients: base64 of the keys,
 * each written with its type and length, so that a name with any characters in it reads back exactly. A key may be
 * null: a row without a value for a sort field.
 */
public record Cursor(List<@Nullable Object> keys) {

	private static final String VERSION = "K1";

	public Cursor {
		keys = Collections.unmodifiableList(new ArrayList<>(keys));
	}

	public static Cursor of(@Nullable Object... keys) {
		return new Cursor(Arrays.asList(keys));
	}

	public String encode() {
		StringBuilder text = new StringBuilder(VERSION);
		for (Object key : this.keys) {
			if (key == null) {
				text.append('z');
			}
			else if (key instanceof Double || key instanceof Float) {
				text.append('d').append(((Number) key).doubleValue()).append(';');
			}
			else if (key instanceof Number number) {
				text.append('n').append(number.longValue()).append(';');
			}
			else if (key instanceof Boolean flag) {
				text.append(flag ? "b1" : "b0");
			}
			else if (key instanceof LocalDate date) {
				text.append('t').append(date).append(';');
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
			List<@Nullable Object> keys = new ArrayList<>();
			int at = VERSION.length();
			while (at < text.length()) {
				char type = text.charAt(at++);
				if (type == 'z') {
					keys.add(null);
				}
				else if (type == 'b') {
					keys.add(text.charAt(at++) == '1');
				}
				else if (type == 'n' || type == 'd' || type == 't') {
					int end = text.indexOf(';', at);
					String value = text.substring(at, end);
					keys.add(type == 'n' ? (Object) Long.parseLong(value)
							: type == 'd' ? (Object) Double.parseDouble(value) : LocalDate.parse(value));
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
		catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException ex) {
			throw notACursor(argument);
		}
	}

	private static InvalidArgumentException notACursor(String argument) {
		return new InvalidArgumentException(argument,
				"not a cursor this list handed out; pass a pageInfo.endCursor, startCursor or an edge's cursor as it was returned");
	}

}
