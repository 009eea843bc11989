package se.samverkanskartan.ui.edit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;
import se.samverkanskartan.ui.api.Vocabulary;

/**
 * Creates or changes a node of any kind: the fields every node has ({@link FactFields}) and its kind's own
 * ({@link PropertyFields}). The API's verdict is shown where it belongs: each wrong field marked with its message;
 * a stale version offers to reload what is stored now ({@link ConflictDialog}).
 */
class NodeForm extends Dialog {

	private final EditApi edits;
	private final CooperationApi api;
	private final Consumer<String> onSaved;
	private final Vocabulary vocabulary;
	private final Select<String> kind = new Select<>();
	private final TextField id = new TextField();
	private final TextField name = new TextField();
	private final TextField aliases = new TextField();
	private final TextArea description = new TextArea();
	private final FactFields fact;
	private final Checkbox internal = new Checkbox();
	private final PropertyFields properties = new PropertyFields();
	private final Div problem = new Div();
	private Map<String, Object> stored;

	/** A form for a new node ({@code stored} null, {@code kindPreset} chosen) or for a stored one. */
	NodeForm(EditApi edits, CooperationApi api, Map<String, Object> stored, String kindPreset, Consumer<String> onSaved) {
		this.edits = edits;
		this.api = api;
		this.onSaved = onSaved;
		this.vocabulary = api.vocabulary();
		this.fact = new FactFields(vocabulary);
		setId("node-form");
		setHeaderTitle(getTranslation(stored == null ? "edit.node.new" : "edit.node.edit"));
		setWidth("46em");
		kind.setId("node-form-kind");
		kind.setLabel(getTranslation("edit.kind"));
		kind.setItems(vocabulary.kindNames());
		kind.setItemLabelGenerator(k -> getTranslation("kind." + k));
		kind.addValueChangeListener(e -> properties.show(vocabulary.properties(e.getValue()), Map.of()));
		id.setId("node-form-id");
		id.setLabel(getTranslation("edit.id"));
		id.setHelperText(getTranslation("edit.id.help"));
		name.setId("node-form-name");
		name.setLabel(getTranslation("edit.name"));
		name.setRequiredIndicatorVisible(true);
		aliases.setId("node-form-aliases");
		aliases.setLabel(getTranslation("edit.aliases"));
		aliases.setHelperText(getTranslation("edit.list.help"));
		description.setId("node-form-description");
		description.setLabel(getTranslation("edit.description"));
		internal.setId("node-form-internal");
		internal.setLabel(getTranslation("edit.internal"));
		problem.addClassName("form-problem");
		problem.setId("node-form-problem");
		FormLayout common = new FormLayout(kind, id, name, aliases, description);
		common.setColspan(description, 2);
		common.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
		List.<HasValidation>of(kind, id, name, aliases, description).forEach(f -> ((HasValidation) f).setManualValidation(true));
		add(common, fact, internal, properties, problem);
		Button save = new Button(getTranslation("edit.save"), e -> save());
		save.setId("node-form-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("edit.cancel"), e -> close());
		getFooter().add(cancel, save);
		fill(stored, kindPreset);
	}

	private void fill(Map<String, Object> values, String kindPreset) {
		this.stored = values;
		boolean creating = values == null;
		Map<String, Object> v = creating ? Map.of() : values;
		kind.setValue(creating ? kindPreset : String.valueOf(v.get("kind")));
		kind.setReadOnly(!creating);
		id.setVisible(creating);
		name.setValue(text(v.get("name")));
		aliases.setValue(v.get("aliases") instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : "");
		description.setValue(text(v.get("description")));
		// A node is sourced once evidence is attached; a new node never is (the form has no quote).
		fact.fill(v, !creating && !Boolean.TRUE.equals(v.get("unsourced")));
		internal.setValue(Boolean.TRUE.equals(v.get("internal")));
		properties.show(vocabulary.properties(kind.getValue()), storedProperties(v));
	}

	private void save() {
		clearErrors();
		Map<String, Object> input = new LinkedHashMap<>();
		if (stored == null) {
			input.put("kind", kind.getValue());
			if (!id.getValue().isBlank()) {
				input.put("id", id.getValue().strip());
			}
		}
		else {
			input.put("id", stored.get("id"));
			input.put("version", ((Number) stored.get("version")).intValue());
		}
		input.put("name", name.getValue());
		input.put("aliases", Arrays.stream(aliases.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		input.put("description", blankToNull(description.getValue()));
		fact.input(input);
		input.put("internal", internal.getValue());
		if (stored == null || properties.changed()) {
			input.put("properties", properties.input());
		}
		EditResult<EditApi.Saved> result = stored == null ? edits.createNode(input) : edits.updateNode(input);
		if (result.ok()) {
			close();
			onSaved.accept(result.value().id());
		}
		else if (result.conflict()) {
			new ConflictDialog(() -> api.nodeValues(String.valueOf(stored.get("id")))
				.ifPresentOrElse(now -> fill(now, null), this::close)).open();
		}
		else {
			showErrors(result);
		}
	}

	private void showErrors(EditResult<?> result) {
		StringBuilder elsewhere = new StringBuilder(ApiProblem.error(this, result));
		for (EditResult.FieldError error : result.fieldErrors()) {
			HasValidation field = field(error.field());
			if (field != null) {
				field.setErrorMessage(ApiProblem.field(this, error));
				field.setInvalid(true);
			}
			else {
				elsewhere.append(elsewhere.isEmpty() ? "" : "; ").append(error.field()).append(": ").append(ApiProblem.field(this, error));
			}
		}
		problem.setText(elsewhere.toString());
	}

	private HasValidation field(String apiField) {
		return switch (apiField) {
			case "kind" -> kind;
			case "id" -> id;
			case "name" -> name;
			case "aliases" -> aliases;
			case "description" -> description;
			default -> apiField.startsWith("properties.") ? (HasValidation) properties.field(apiField)
					: fact.field(apiField);
		};
	}

	private void clearErrors() {
		problem.setText("");
		List.<HasValidation>of(kind, id, name, aliases, description).forEach(f -> ((HasValidation) f).setInvalid(false));
		fact.clearErrors();
		properties.clearErrors();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> storedProperties(Map<String, Object> values) {
		return values.get("properties") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	private static String text(Object value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
