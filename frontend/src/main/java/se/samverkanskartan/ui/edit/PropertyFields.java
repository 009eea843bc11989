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

import se.samverkanskartan.ui.api.Vocabulary;

/**
 * The kind- or type-specific fields of a form, built from the vocabulary's properties for one kind or relationship
 * type. Values are entered as text (lists comma-separated) and sent as the API's {@code PropertyInput}; the API
 * converts and checks them.
 */
class PropertyFields extends FormLayout {

	private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
	private final Map<String, String> initial = new LinkedHashMap<>();
	private final String idPrefix;
	private List<Vocabulary.Property> properties = List.of();

	/** Fields with the ids {@code prop-<name>}. */
	PropertyFields() {
		this("prop-");
	}

	/** Fields with the ids {@code <idPrefix><name>}, for a second set of fields in the same dialog. */
	PropertyFields(String idPrefix) {
		this.idPrefix = idPrefix;
		setResponsiveSteps(new ResponsiveStep("0", 2));
	}

	/** Shows the fields of these properties, filled from stored values by property name (empty for a new fact). */
	void show(List<Vocabulary.Property> shown, Map<String, Object> values) {
		this.properties = List.copyOf(shown);
		removeAll();
		fields.clear();
		initial.clear();
		for (Vocabulary.Property property : properties) {
			AbstractField<?, String> field = field(property);
			field.getElement().setAttribute("id", idPrefix + property.name());
			// The API validates; its verdict must stay shown until the next save, not vanish on blur.
			((HasValidation) field).setManualValidation(true);
			String value = text(values.get(property.name()));
			field.setValue(value);
			initial.put(property.name(), value);
			fields.put(property.name(), field);
			add((com.vaadin.flow.component.Component) field);
		}
	}

	/**
	 * Whether any value differs from what was shown: only then are the properties sent. They replace all of the
	 * fact's properties, which is safe because the form shows every property the vocabulary lists for the kind.
	 */
	boolean changed() {
		return fields.entrySet().stream()
			.anyMatch(e -> !Objects.equals(e.getValue().getValue(), initial.get(e.getKey())));
	}

	/** The values as {@code PropertyInput}s; empty fields are left out. */
	List<Map<String, Object>> input() {
		List<Map<String, Object>> input = new ArrayList<>();
		for (Vocabulary.Property property : properties) {
			String value = fields.get(property.name()).getValue();
			if (value == null || value.isBlank()) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", property.name());
			if (property.type() == Vocabulary.ValueType.TEXT_LIST) {
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

	/** Whether any fields are shown. */
	boolean isEmpty() {
		return fields.isEmpty();
	}

	private AbstractField<?, String> field(Vocabulary.Property property) {
		String label = getTranslation("prop." + property.name());
		return switch (property.type()) {
			case CHOICE, BOOLEAN -> {
				Select<String> select = new Select<>();
				select.setLabel(label);
				List<String> items = new ArrayList<>();
				items.add("");
				items.addAll(property.type() == Vocabulary.ValueType.BOOLEAN ? List.of("true", "false") : property.choices());
				select.setItems(items);
				select.setItemLabelGenerator(v -> v.isEmpty() ? "—" : property.type() == Vocabulary.ValueType.BOOLEAN
						? getTranslation("value." + v) : v);
				yield select;
			}
			default -> {
				TextField text = new TextField(label);
				String help = getTranslation("prop.type." + property.type());
				if (property.minimum() != null && property.maximum() != null && property.maximum() < Integer.MAX_VALUE) {
					help += " " + getTranslation("prop.range", plain(property.minimum()), plain(property.maximum()));
				}
				else if (property.minimum() != null) {
					help += " " + getTranslation("prop.min", plain(property.minimum()));
				}
				text.setHelperText(help);
				yield text;
			}
		};
	}

	private static String plain(Double number) {
		return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
