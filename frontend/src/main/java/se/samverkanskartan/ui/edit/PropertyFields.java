package se.samverkanskartan.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The kind-specific fields of a node form ({@link KindProperties}), built for one kind. Values are entered as text
 * (lists comma-separated) and sent as the API's {@code PropertyInput}; the API converts and checks them.
 */
class PropertyFields extends FormLayout {

	private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
	private final Map<String, String> initial = new LinkedHashMap<>();
	private String kind;

	PropertyFields() {
		setResponsiveSteps(new ResponsiveStep("0", 2));
	}

	/** Shows the fields of a kind, filled from a node's stored values (empty for a new node). */
	void show(String kind, Map<String, Object> values) {
		this.kind = kind;
		removeAll();
		fields.clear();
		initial.clear();
		for (KindProperties.Property property : KindProperties.of(kind)) {
			AbstractField<?, String> field = field(property);
			field.getElement().setAttribute("id", "prop-" + property.name());
			// The API validates; its verdict must stay shown until the next save, not vanish on blur.
			((HasValidation) field).setManualValidation(true);
			String value = text(values.get(property.name()));
			field.setValue(value);
			initial.put(property.name(), value);
			fields.put(property.name(), field);
			add((com.vaadin.flow.component.Component) field);
		}
	}

	/** Whether any value differs from what was shown: only then are the properties sent (they replace all). */
	boolean changed() {
		return fields.entrySet().stream()
			.anyMatch(e -> !Objects.equals(e.getValue().getValue(), initial.get(e.getKey())));
	}

	/** The values as {@code PropertyInput}s; empty fields are left out. */
	List<Map<String, Object>> input() {
		List<Map<String, Object>> input = new ArrayList<>();
		for (KindProperties.Property property : KindProperties.of(kind)) {
			String value = fields.get(property.name()).getValue();
			if (value == null || value.isBlank()) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", property.name());
			if (property.type() == KindProperties.Type.TEXT_LIST) {
				item.put("values", Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
			}
			else {
				item.put("value", value.strip());
			}
			input.add(item);
		}
		return input;
	}

	void clearErrors() {
		fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
	}

	/** The field for {@code properties.<name>}, to show the API's error there. */
	AbstractField<?, String> field(String apiField) {
		return apiField.startsWith("properties.") ? fields.get(apiField.substring("properties.".length())) : null;
	}

	private AbstractField<?, String> field(KindProperties.Property property) {
		String label = getTranslation("prop." + property.name());
		return switch (property.type()) {
			case CHOICE, BOOLEAN -> {
				Select<String> select = new Select<>();
				select.setLabel(label);
				List<String> items = new ArrayList<>();
				items.add("");
				items.addAll(property.type() == KindProperties.Type.BOOLEAN ? List.of("true", "false") : property.choices());
				select.setItems(items);
				select.setItemLabelGenerator(v -> v.isEmpty() ? "—" : property.type() == KindProperties.Type.BOOLEAN
						? getTranslation("value." + v) : v);
				yield select;
			}
			default -> {
				TextField text = new TextField(label);
				text.setHelperText(getTranslation("prop.type." + property.type()));
				yield text;
			}
		};
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}
}
