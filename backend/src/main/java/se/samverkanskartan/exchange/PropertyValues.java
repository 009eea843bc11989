package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Property values as JSON without losing their type: dates and date-times become tagged objects
 * ({@code {"$date": "2024-01-01"}}), everything else is plain JSON. Reading reverses it exactly.
 */
final class PropertyValues {

	private PropertyValues() {
	}

	static Map<String, Object> toJson(Map<String, Object> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((key, value) -> json.put(key, toJson(value)));
		return json;
	}

	static Map<String, Object> fromJson(Map<String, Object> json) {
		Map<String, Object> properties = new LinkedHashMap<>();
		json.forEach((key, value) -> properties.put(key, fromJson(value)));
		return properties;
	}

	private static Object toJson(Object value) {
		return switch (value) {
			case LocalDate date -> Map.of("$date", date.toString());
			case ZonedDateTime dateTime -> Map.of("$datetime", dateTime.toString());
			case OffsetDateTime dateTime -> Map.of("$datetime", dateTime.toZonedDateTime().toString());
			case List<?> list -> list.stream().map(PropertyValues::toJson).toList();
			default -> value;
		};
	}

	private static Object fromJson(Object value) {
		if (value instanceof Map<?, ?> tagged && tagged.size() == 1) {
			if (tagged.get("$date") instanceof String date) {
				return LocalDate.parse(date);
			}
			if (tagged.get("$datetime") instanceof String dateTime) {
				return ZonedDateTime.parse(dateTime);
			}
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PropertyValues::fromJson).toList();
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		return value;
	}

}
