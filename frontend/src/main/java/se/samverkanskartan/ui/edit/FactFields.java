package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.api.Vocabulary;

/**
 * The fields every fact has, node or relationship: provenance, the reason for an inferred fact, and validity from
 * and to as written in the data files ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}).
 * <p>
 * A fact without evidence may not claim to be stated in a source: until a quote is attached, "stated" is not offered,
 * and a new fact starts as inferred, whose reason the API requires (see {@code CreateNodeInput.provenance}). Once
 * evidence is attached, the fact can be edited to "stated".
 */
class FactFields extends FormLayout {

	private final Select<String> provenance = new Select<>();
	private final TextField reason = new TextField();
	private final TextField validFrom = new TextField();
	private final TextField validTo = new TextField();
	private final List<String> provenances;

	/** The schema's {@code Provenance} values this rule is about. */
	private static final String STATED = "STATED";
	private static final String INFERRED = "INFERRED";

	/** The provenances offered are the schema's {@code Provenance} values, from the vocabulary. */
	FactFields(Vocabulary vocabulary) {
		setResponsiveSteps(new ResponsiveStep("0", 2));
		provenance.setId("fact-provenance");
		provenance.setLabel(getTranslation("detail.provenance"));
		provenances = vocabulary.values("Provenance");
		provenance.setItems(provenances);
		provenance.setItemLabelGenerator(p -> getTranslation("provenance." + p));
		reason.setId("fact-reason");
		reason.setLabel(getTranslation("detail.reason"));
		provenance.addValueChangeListener(e -> {
			reason.setRequiredIndicatorVisible(INFERRED.equals(e.getValue()));
			reason.setHelperText(INFERRED.equals(e.getValue()) ? getTranslation("edit.reason.help") : null);
		});
		validFrom.setId("fact-valid-from");
		validFrom.setLabel(getTranslation("edit.validFrom"));
		validTo.setId("fact-valid-to");
		validTo.setLabel(getTranslation("edit.validTo"));
		List.of(validFrom, validTo).forEach(f -> f.setHelperText(getTranslation("prop.type.DATE")));
		fields().forEach(f -> f.setManualValidation(true));
		add(provenance, reason, validFrom, validTo);
	}

	/**
	 * Fills the fields from a stored fact ({@code provenance}, {@code reason}, {@code validity}), or empty ones for a
	 * new fact; {@code sourced} tells whether the fact has evidence, without which "stated" is not offered.
	 */
	void fill(Map<String, Object> values, boolean sourced) {
		String stored = values.get("provenance") == null ? null : String.valueOf(values.get("provenance"));
		// A stored value stays on offer, so that editing something else does not silently change it.
		provenance.setItems(provenances.stream().filter(p -> sourced || !STATED.equals(p) || p.equals(stored)).toList());
		provenance.setValue(stored != null ? stored : INFERRED);
		reason.setValue(values.get("reason") == null ? "" : String.valueOf(values.get("reason")));
		Map<?, ?> validity = values.get("validity") instanceof Map<?, ?> m ? m : Map.of();
		validFrom.setValue(partial(validity.get("from"), validity.get("fromPrecision")));
		validTo.setValue(partial(validity.get("to"), validity.get("toPrecision")));
	}

	/** Adds the fields to a mutation's input; an empty field clears the stored value. */
	void input(Map<String, Object> input) {
		input.put("provenance", provenance.getValue());
		input.put("reason", blankToNull(reason.getValue()));
		input.put("validFrom", blankToNull(validFrom.getValue()));
		input.put("validTo", blankToNull(validTo.getValue()));
	}

	HasValidation field(String apiField) {
		return switch (apiField) {
			case "provenance" -> provenance;
			case "reason" -> reason;
			case "validFrom" -> validFrom;
			case "validTo" -> validTo;
			default -> null;
		};
	}

	void clearErrors() {
		fields().forEach(f -> f.setInvalid(false));
	}

	private List<HasValidation> fields() {
		return List.of(provenance, reason, validFrom, validTo);
	}

	/** A date as the API answers it (a full date and its precision) written back as the data files write it. */
	static String partial(Object date, Object precision) {
		if (date == null) {
			return "";
		}
		String text = String.valueOf(date);
		return switch (String.valueOf(precision)) {
			case "YEAR" -> text.substring(0, 4);
			case "MONTH" -> text.substring(0, 7);
			default -> text;
		};
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
