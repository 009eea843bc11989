package se.samverkanskartan.ui.edit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;
import se.samverkanskartan.ui.api.NodeRef;

/** Attaches evidence to a node or relationship: the document, the quote verbatim, and where it stands. */
class EvidenceDialog extends Dialog {

	private final ComboBox<NodeRef> document = new ComboBox<>();
	private final TextArea quote = new TextArea();
	private final TextField locator = new TextField();
	private final IntegerField line = new IntegerField();
	private final Div problem = new Div();

	EvidenceDialog(EditApi edits, CooperationApi api, String targetId, String targetName, int version,
			Runnable onSaved) {
		setId("evidence-dialog");
		setWidth("36em");
		setHeaderTitle(getTranslation("edit.evidence.title", targetName));
		document.setId("evidence-document");
		document.setLabel(getTranslation("edit.evidence.document"));
		document.setItems(api.documents());
		document.setItemLabelGenerator(NodeRef::name);
		document.setWidthFull();
		quote.setId("evidence-quote");
		quote.setLabel(getTranslation("edit.evidence.quote"));
		quote.setWidthFull();
		locator.setId("evidence-locator");
		locator.setLabel(getTranslation("edit.evidence.locator"));
		locator.setHelperText(getTranslation("edit.evidence.locator.help"));
		line.setId("evidence-line");
		line.setLabel(getTranslation("edit.evidence.line"));
		fields().forEach(f -> f.setManualValidation(true));
		problem.addClassName("form-problem");
		add(document, quote, locator, line, problem);
		Button save = new Button(getTranslation("edit.save"), e -> {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("targetId", targetId);
			input.put("version", version);
			input.put("document", document.getValue() == null ? "" : document.getValue().id());
			input.put("quote", quote.getValue());
			input.put("locator", locator.getValue());
			input.put("line", line.getValue());
			EditResult<String> result = edits.attachEvidence(input);
			if (result.ok()) {
				close();
				onSaved.run();
			}
			else {
				show(result);
			}
		});
		save.setId("evidence-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
	}

	private void show(EditResult<String> result) {
		fields().forEach(f -> f.setInvalid(false));
		StringBuilder elsewhere = new StringBuilder(result.conflict() ? getTranslation("edit.conflict.text")
				: ApiProblem.error(this, result));
		for (EditResult.FieldError error : result.fieldErrors()) {
			HasValidation field = switch (error.field()) {
				case "document" -> document;
				case "quote" -> quote;
				case "locator" -> locator;
				case "line", "lineTo" -> line;
				default -> null;
			};
			if (field == null) {
				elsewhere.append(elsewhere.isEmpty() ? "" : "; ").append(error.field()).append(": ").append(ApiProblem.field(this, error));
			}
			else {
				field.setErrorMessage(ApiProblem.field(this, error));
				field.setInvalid(true);
			}
		}
		problem.setText(elsewhere.toString());
	}

	private java.util.List<HasValidation> fields() {
		return java.util.List.of(document, quote, locator, line);
	}
}
