package se.samverkanskartan.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.ui.api.AuditRecord;

class FactChangesTest {

	private static final Map<String, String> SWEDISH = Map.of("edit.name", "Namn", "detail.provenance", "Ursprung",
			"provenance.STATED", "Uttalat i källa", "provenance.INFERRED", "Härlett", "edit.description", "Beskrivning",
			"prop.binding", "Bindande", "value.true", "Ja", "value.false", "Nej", "prop.status", "Status",
			"status.IN_FORCE", "Gällande");

	private final FactChanges words = new FactChanges(SWEDISH::get);

	@Test
	void eachChangedFieldReadsAsFieldBeforeAfterInSwedish() {
		AuditRecord entry = entry("{\"name\":\"Gamla\",\"provenance\":\"STATED\",\"updatedAt\":\"1\"}",
				"{\"name\":\"Nya\",\"provenance\":\"INFERRED\",\"description\":\"Text\",\"updatedAt\":\"2\"}",
				List.of("description", "name", "provenance", "updatedAt"));

		assertThat(words.lines(entry)).containsExactly("Beskrivning: – → Text", "Namn: Gamla → Nya",
				"Ursprung: Uttalat i källa → Härlett");
	}

	@Test
	void aRelationshipsOwnPropertiesAreNamedOneByOne() {
		AuditRecord entry = entry("{\"properties\":{\"binding\":false,\"status\":\"DRAFT\"}}",
				"{\"properties\":{\"binding\":true,\"status\":\"IN_FORCE\"}}", List.of("properties"));

		assertThat(words.lines(entry)).containsExactly("Bindande: Nej → Ja", "Status: DRAFT → Gällande");
	}

	@Test
	void aWrongFieldIsNamedByItsLabel() {
		assertThat(words.label("properties.status")).isEqualTo("Status");
		assertThat(words.label("validTo")).isEqualTo("validTo");
	}

	private static AuditRecord entry(String before, String after, List<String> fields) {
		return new AuditRecord("a1", "2026-05-02T14:03:00Z", "editor", "UPDATE", "NODE", "x", 2, before, after, fields,
				null, null);
	}
}
