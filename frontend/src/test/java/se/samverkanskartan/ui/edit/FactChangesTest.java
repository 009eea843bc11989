package se.samverkanskartan.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.ui.api.AuditRecord;
import se.samverkanskartan.ui.api.AuditRecord.FieldChange;

class FactChangesTest {

	private static final Map<String, String> SWEDISH = Map.ofEntries(Map.entry("edit.name", "Namn"),
			Map.entry("detail.provenance", "Ursprung"), Map.entry("provenance.STATED", "Uttalat i källa"),
			Map.entry("provenance.INFERRED", "Härlett"), Map.entry("edit.description", "Beskrivning"),
			Map.entry("prop.binding", "Bindande"), Map.entry("value.true", "Ja"), Map.entry("value.false", "Nej"),
			Map.entry("prop.status", "Status"), Map.entry("status.IN_FORCE", "Gällande"),
			Map.entry("edit.validFrom", "Giltig från"), Map.entry("prop.sites", "Orter"),
			Map.entry("audit.field.claim", "Källa (citat-id)"));

	private final FactChanges words = new FactChanges(SWEDISH::get);

	@Test
	void eachChangedFieldReadsAsFieldBeforeAfterInSwedish() {
		AuditRecord entry = entry(new FieldChange("name", "Gamla", "Nya"), new FieldChange("provenance", "STATED", "INFERRED"),
				new FieldChange("description", null, "Text"), new FieldChange("unsourced", true, false));

		assertThat(words.lines(entry)).containsExactly("Namn: Gamla → Nya", "Ursprung: Uttalat i källa → Härlett",
				"Beskrivning: – → Text");
	}

	@Test
	void valuesReadAsTheirTypeSaysDatesAsWrittenAndListsJoined() {
		AuditRecord entry = entry(new FieldChange("binding", false, true), new FieldChange("status", "DRAFT", "IN_FORCE"),
				new FieldChange("validFrom", null, "2024-03"), new FieldChange("sites", List.of("Ystad"), List.of("Ystad", "Simrishamn")),
				new FieldChange("evidence", null, List.of("claim-1")));

		assertThat(words.lines(entry)).containsExactly("Bindande: Nej → Ja", "Status: DRAFT → Gällande",
				"Giltig från: – → 2024-03", "Orter: Ystad → Ystad, Simrishamn", "Källa (citat-id): – → claim-1");
	}

	@Test
	void aWrongFieldIsNamedByItsLabel() {
		assertThat(words.label("properties.status")).isEqualTo("Status");
		assertThat(words.label("validTo")).isEqualTo("validTo");
	}

	private static AuditRecord entry(FieldChange... changes) {
		return new AuditRecord("a1", "2026-05-02T14:03:00Z", "editor", "UPDATE", "NODE", "x", "Namnet", 2, List.of(changes),
				List.of(), null, null);
	}
}
