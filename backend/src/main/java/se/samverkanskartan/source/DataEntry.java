package se.samverkanskartan.source;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a data file, with the file and line it starts at so that problems can say where they are.
 */
record DataEntry(String file, int line, Map<String, Object> values) {

	String label() {
		Object id = this.values.get("id");
		if (id != null) {
			return id.toString();
		}
		Object type = this.values.get("type");
		return type == null ? "entry" : type + " " + this.values.get("from") + " → " + this.values.get("to");
	}

	@Nullable String text(String key) {
		Object value = this.values.get(key);
		return value instanceof String text ? text : null;
	}

	@SuppressWarnings("unchecked")
	List<Object> list(String key) {
		Object value = this.values.get(key);
		return value instanceof List<?> list ? (List<Object>) list : List.of();
	}

	DataEntry child(Map<String, Object> values, int line) {
		return new DataEntry(this.file, line, values);
	}

}
