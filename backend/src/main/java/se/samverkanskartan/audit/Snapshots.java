package se.samverkanskartan.audit;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts as JSON objects, for the audit trail: keys sorted, dates as ISO text, so that equal facts read equal. Reading
 * one back turns {@code validFrom} and {@code validTo} into dates again, as the graph stores them.
 */
public final class Snapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Snapshots() {
	}

	public static @Nullable String toJson(@Nullable Map<String, ?> fact) {
		return fact == null ? null : JSON.writeValueAsString(plain(fact));
	}

	public static Map<String, Object> fromJson(String json) {
		Map<String, Object> fact = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
		restoreDates(fact);
		return fact;
	}

	/** Turns the dates of a stored fact back into dates, at the top and in {@code properties}. */
	@SuppressWarnings("unchecked")
	public static void restoreDates(Map<String, Object> fact) {
		for (String key : List.of("validFrom", "validTo")) {
			if (fact.get(key) instanceof String text) {
				fact.put(key, LocalDate.parse(text));
			}
		}
		if (fact.get("properties") instanceof Map<?, ?> nested) {
			restoreDates((Map<String, Object>) nested);
		}
	}

	/** The keys whose values differ between two facts. */
	public static List<String> changedFields(@Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
		Map<String, ?> b = before == null ? Map.of() : plain(before);
		Map<String, ?> a = after == null ? Map.of() : plain(after);
		TreeSet<String> keys = new TreeSet<>(b.keySet());
		keys.addAll(a.keySet());
		keys.removeIf(key -> Objects.equals(b.get(key), a.get(key)));
		return List.copyOf(keys);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> plain(Map<String, ?> fact) {
		Map<String, Object> plain = new TreeMap<>();
		fact.forEach((key, value) -> plain.put(key, plainValue(value)));
		return plain;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object plainValue(@Nullable Object value) {
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Map<?, ?> map) {
			return plain((Map<String, ?>) map);
		}
		if (value instanceof List<?> list) {
			List<Object> plain = new ArrayList<>();
			list.forEach(item -> plain.add(plainValue(item)));
			return plain;
		}
		return value;
	}

}
