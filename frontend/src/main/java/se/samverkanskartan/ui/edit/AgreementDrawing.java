package se.samverkanskartan.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;

/**
 * Draws an agreement between two parties: an Agreement node and a PARTY_TO relationship from each party. The API
 * has one mutation per fact, so these are three changes; when a relationship is refused the new agreement is
 * deleted again, so that no agreement without its parties is left behind.
 */
final class AgreementDrawing {

	/** The kind drawn and the relationship that joins each party to it. */
	static final String KIND = "AGREEMENT";

	static final String RELATION = "PARTY_TO";

	/** A drawn agreement is, unless the form says otherwise, a binding one in force. */
	static final Map<String, Object> PRESETS = Map.of("binding", "true", "status", "IN_FORCE");

	private final EditApi edits;

	AgreementDrawing(EditApi edits) {
		this.edits = edits;
	}

	/** Answers the agreement, or the first refusal. */
	EditResult<EditApi.Saved> draw(String partyA, String partyB, String name, List<Map<String, Object>> properties,
			Map<String, Object> common) {
		Map<String, Object> node = new LinkedHashMap<>(common);
		node.put("kind", KIND);
		node.put("name", name);
		node.put("properties", properties);
		EditResult<EditApi.Saved> created = edits.createNode(node);
		if (!created.ok()) {
			return created;
		}
		String agreement = created.value().id();
		for (String party : List.of(partyA, partyB)) {
			Map<String, Object> relation = new LinkedHashMap<>(common);
			relation.put("type", RELATION);
			relation.put("from", party);
			relation.put("to", agreement);
			EditResult<EditApi.Saved> joined = edits.createRelation(relation);
			if (!joined.ok()) {
				edits.deleteNode(agreement, created.value().version());
				return joined;
			}
		}
		return created;
	}
}
