package se.samverkanskartan.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;
import se.samverkanskartan.ui.api.NodeRef;
import se.samverkanskartan.ui.api.Vocabulary;

/**
 * Adds a relationship from the selected node to another, picked on the map or found by search. Only the types that
 * fit the two kinds are offered, in whichever direction fits, with the chosen type's own properties; both come from
 * the vocabulary. Between two possible parties (the kinds a PARTY_TO may start from) it also offers a new
 * agreement: an Agreement node and both PARTY_TO relationships in one step ({@link AgreementDrawing}). The dialog is
 * not modal, so that the map stays clickable while it is open.
 */
class RelationDialog extends Dialog {

	private static final String NEW_AGREEMENT = "NEW_AGREEMENT";

	private final EditApi edits;
	private final NodeRef selected;
	private final Consumer<String> onSaved;
	private final ComboBox<NodeRef> other = new ComboBox<>();
	private final Vocabulary vocabulary;
	private final Select<Vocabulary.Choice> type = new Select<>();
	private final PropertyFields typeProperties = new PropertyFields("relation-prop-");
	private final TextField agreementName = new TextField();
	private final PropertyFields agreement = new PropertyFields();
	private final FactFields fact;
	private final Checkbox internal = new Checkbox();
	private final Div problem = new Div();

	RelationDialog(EditApi edits, CooperationApi api, NodeRef selected, Consumer<Consumer<NodeRef>> pickOnMap,
			Consumer<String> onSaved) {
		this.edits = edits;
		this.selected = selected;
		this.onSaved = onSaved;
		this.vocabulary = api.vocabulary();
		this.fact = new FactFields(vocabulary);
		setId("relation-dialog");
		setModal(false);
		setDraggable(true);
		setWidth("40em");
		setHeaderTitle(getTranslation("edit.relation.title", selected.name()));
		other.setId("relation-other");
		other.setLabel(getTranslation("edit.relation.other"));
		other.setItems(query -> api.search(query.getFilter().orElse("")).stream().map(h -> h.node())
			.filter(n -> !n.id().equals(selected.id())).skip(query.getOffset()).limit(query.getLimit()));
		other.setItemLabelGenerator(n -> n.name() + " · " + getTranslation("kind." + n.kind()));
		other.setManualValidation(true);
		other.addValueChangeListener(e -> offerTypes());
		Button pick = new Button(getTranslation("edit.relation.pick"), VaadinIcon.CURSOR.create(),
				e -> pickOnMap.accept(other::setValue));
		pick.setId("relation-pick");
		HorizontalLayout otherRow = new HorizontalLayout(other, pick);
		otherRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		other.setWidth("24em");
		type.setId("relation-type");
		type.setLabel(getTranslation("edit.relation.type"));
		type.setItemLabelGenerator(this::label);
		type.addValueChangeListener(e -> showTypeFields());
		agreementName.setId("agreement-name");
		agreementName.setLabel(getTranslation("edit.agreement.name"));
		agreementName.setManualValidation(true);
		agreement.show(vocabulary.properties(AgreementDrawing.KIND), AgreementDrawing.PRESETS);
		internal.setLabel(getTranslation("edit.internal"));
		problem.addClassName("form-problem");
		fact.fill(Map.of(), false);
		add(otherRow, type, typeProperties, agreementName, agreement, fact, internal, problem);
		showTypeFields();
		Button save = new Button(getTranslation("edit.save"), e -> save());
		save.setId("relation-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
	}

	private void offerTypes() {
		NodeRef chosen = other.getValue();
		List<Vocabulary.Choice> choices = new ArrayList<>();
		if (chosen != null) {
			List<String> parties = vocabulary.startKinds(AgreementDrawing.RELATION);
			if (parties.contains(selected.kind()) && parties.contains(chosen.kind())) {
				choices.add(new Vocabulary.Choice(NEW_AGREEMENT, true));
			}
			choices.addAll(vocabulary.choices(selected.kind(), chosen.kind()));
		}
		type.setItems(choices);
		if (!choices.isEmpty()) {
			type.setValue(choices.getFirst());
		}
		showTypeFields();
	}

	private String label(Vocabulary.Choice choice) {
		if (NEW_AGREEMENT.equals(choice.type())) {
			return getTranslation("edit.agreement.new");
		}
		String name = getTranslation("relation." + choice.type());
		return choice.fromSelected() ? "→ " + name : "← " + name;
	}

	private void showTypeFields() {
		String chosen = type.getValue() == null ? "" : type.getValue().type();
		typeProperties.show(NEW_AGREEMENT.equals(chosen) ? List.of() : vocabulary.relationProperties(chosen), Map.of());
		typeProperties.setVisible(!typeProperties.isEmpty());
		agreementName.setVisible(NEW_AGREEMENT.equals(chosen));
		agreement.setVisible(NEW_AGREEMENT.equals(chosen));
	}

	private void save() {
		problem.setText("");
		other.setInvalid(false);
		agreementName.setInvalid(false);
		fact.clearErrors();
		agreement.clearErrors();
		typeProperties.clearErrors();
		if (other.getValue() == null || type.getValue() == null) {
			other.setErrorMessage(getTranslation("edit.relation.chooseOther"));
			other.setInvalid(true);
			return;
		}
		Map<String, Object> common = new LinkedHashMap<>();
		fact.input(common);
		common.put("internal", internal.getValue());
		Vocabulary.Choice choice = type.getValue();
		EditResult<EditApi.Saved> result = NEW_AGREEMENT.equals(choice.type())
				? new AgreementDrawing(edits).draw(selected.id(), other.getValue().id(), agreementName.getValue(),
						agreement.input(), common)
				: edits.createRelation(relationInput(choice, common));
		if (result.ok()) {
			close();
			onSaved.accept(NEW_AGREEMENT.equals(choice.type()) ? result.value().id() : selected.id());
			return;
		}
		StringBuilder elsewhere = new StringBuilder(ApiProblem.error(this, result));
		for (EditResult.FieldError error : result.fieldErrors()) {
			HasValidation field = switch (error.field()) {
				case "from", "to" -> other;
				case "name" -> agreementName;
				default -> !error.field().startsWith("properties.") ? fact.field(error.field())
						: (HasValidation) (agreement.isVisible() ? agreement : typeProperties).field(error.field());
			};
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

	private Map<String, Object> relationInput(Vocabulary.Choice choice, Map<String, Object> common) {
		Map<String, Object> input = new LinkedHashMap<>(common);
		input.put("type", choice.type());
		input.put("from", choice.fromSelected() ? selected.id() : other.getValue().id());
		input.put("to", choice.fromSelected() ? other.getValue().id() : selected.id());
		input.put("properties", typeProperties.input());
		return input;
	}
}
