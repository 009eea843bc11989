package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Editing through HTTP: every change validated per field, refused on a stale version, recorded in the audit trail
 * with who and what, and undoable by its author unless someone else changed the fact since.
 */
@GraphApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class EditingTest {

	/** As it stands on line 12 of the Örebro development plan. */
	static final String QUOTE = "färdplansuppdragen de aktiviteter som leder oss till det önskade läget";

	@LocalServerPort
	int port;

	HttpGraphQlTester editor;

	HttpGraphQlTester otherEditor;

	HttpGraphQlTester viewer;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.basic("editor", "editor-dev"));
		this.otherEditor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		this.viewer = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void aNodeIsCreatedUpdatedAndDeletedWithVersionsAndAnAuditTrail() {
		var created = this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Testområde Ärlig", "validFrom", "2024-03"))
			.execute();
		created.path("createNode.id").entity(String.class).isEqualTo("care-area-testomrade-arlig");
		created.path("createNode.version").entity(Integer.class).isEqualTo(1);
		created.path("createNode.unsourced").entity(Boolean.class).isEqualTo(true);
		created.path("createNode.validity.from").entity(String.class).isEqualTo("2024-03-01");
		String id = "care-area-testomrade-arlig";

		var updated = this.editor.documentName("updateNode")
			.variable("input", Map.of("id", id, "version", 1, "description", "Ändrad", "validTo", "2025"))
			.execute();
		updated.path("updateNode.version").entity(Integer.class).isEqualTo(2);
		updated.path("updateNode.name").entity(String.class).isEqualTo("Testområde Ärlig");
		updated.path("updateNode.validity.label").entity(String.class).isEqualTo("2024-03 – 2025");

		var trail = this.viewer.documentName("auditTrail").variable("entityId", id).execute();
		trail.path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("UPDATE", "CREATE");
		trail.path("auditTrail.edges[0].node.actor").entity(String.class).isEqualTo("editor");
		trail.path("auditTrail.edges[0].node.changedFields").entityList(String.class)
			.contains("description", "validTo", "version");
		trail.path("auditTrail.edges[0].node.before").entity(String.class)
			.satisfies(before -> assertThat(before).contains("\"validFrom\":\"2024-03-01\"").doesNotContain("Ändrad"));
		trail.path("auditTrail.edges[0].node.after").entity(String.class).satisfies(after -> assertThat(after).contains("Ändrad"));
		// Field by field, as the inputs name the fields and write the dates, without the store's bookkeeping.
		trail.path("auditTrail.edges[0].node.changes").entityList(Map.class).containsExactly(
				change("description", null, "Ändrad"), change("validTo", null, "2025"));
		trail.path("auditTrail.edges[1].node.changes").entityList(Map.class).containsExactly(change("kind", null, "CARE_AREA"),
				change("name", null, "Testområde Ärlig"), change("provenance", null, "STATED"),
				change("validFrom", null, "2024-03"), change("unsourced", null, true));
		trail.path("auditTrail.edges[0].node.kind").entity(String.class).isEqualTo("CARE_AREA");
		trail.path("auditTrail.edges[0].node.entityName").entity(String.class).isEqualTo("Testområde Ärlig");
		trail.path("auditTrail.edges[0].node.relationType").valueIsNull();
		trail.path("auditTrail.edges[0].node.at").entity(String.class)
			.satisfies(at -> assertThat(java.time.OffsetDateTime.parse(at)).isNotNull());
		this.viewer.documentName("nodeState").variable("id", id).execute()
			.path("node.history[*].action").entityList(String.class).containsExactly("UPDATE", "CREATE");

		this.editor.documentName("deleteNode").variable("id", id).variable("version", 2).execute()
			.path("deleteNode").entity(String.class).isEqualTo(id);
		this.viewer.documentName("nodeState").variable("id", id).execute().path("node").valueIsNull();
		// A deletion clears every field; what it keeps for its undo (relationships, claims) is not a field.
		var deleted = this.viewer.documentName("auditTrail").variable("entityId", id).execute();
		deleted.path("auditTrail.edges[0].node.action").entity(String.class).isEqualTo("DELETE");
		deleted.path("auditTrail.edges[0].node.entityName").entity(String.class).isEqualTo("Testområde Ärlig");
		deleted.path("auditTrail.edges[0].node.changes[*].field").entityList(String.class).containsExactly("kind", "name",
				"description", "provenance", "validFrom", "validTo", "unsourced");
		deleted.path("auditTrail.edges[0].node.changes[*].after").entityList(Object.class)
			.satisfies(after -> assertThat(after).containsOnlyNulls());
	}

	private static Map<String, Object> change(String field, Object before, Object after) {
		Map<String, Object> change = new java.util.HashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	@Test
	void invalidInputIsRefusedWithOneErrorPerField() {
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "AGREEMENT", "id", "Not A Slug", "name", " ", "validFrom", "2024-13",
					"provenance", "INFERRED", "properties", List.of(Map.of("name", "status", "value", "SIGNED"),
							Map.of("name", "colour", "value", "red"), Map.of("name", "binding", "value", "maybe"))))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
				assertThat(errors).extracting(error -> error.getExtensions().get("field"))
					.containsExactlyInAnyOrder("id", "name", "validFrom", "reason", "properties.status",
							"properties.colour", "properties.binding");
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage())
					.startsWith("properties.status: must be one of [DRAFT, EXPIRED, IN_FORCE, STATED_MISSING]"));
			});
	}

	@Test
	void theCommonestProblemsCarryAStableCodeAndItsArgumentsForAClientToWordThem() {
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", " ", "provenance", "INFERRED", "validFrom", "2025",
					"validTo", "2024"))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getExtensions().get("field") + " " + error.getExtensions()
					.get("problem") + " " + error.getExtensions().get("arguments"))
					.containsExactlyInAnyOrder("name required []", "reason inferredNeedsReason []",
							"validTo beforeValidFrom [2025, 2024]");
				// The English message stays for clients that do not know the codes.
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage()).isEqualTo("name: is required"));
			});
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "name", "Datumvård", "validFrom", "2025-13"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("problem", "partialDate")
					.containsEntry("arguments", List.of("2025-13"));
			}));
	}

	@Test
	void aRelationMustJoinKindsItsTypeAllowsAsTheDataLoaderChecks() {
		this.editor.documentName("createRelation")
			.variable("input", Map.of("type", "OPERATES", "from", "care-urologi", "to", "no-such-node"))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getExtensions().get("field")).containsExactlyInAnyOrder("from", "to");
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage()).contains("OPERATES cannot go from a CareArea"));
				assertThat(errors).anySatisfy(error -> assertThat(error.getMessage()).contains("no node with the id 'no-such-node'"));
			});
	}

	@Test
	void aFlowWhoseDirectionIsNotStatedGetsNoFromOrToThroughTheApiEither() {
		this.editor.documentName("createRelation")
			.variable("input", Map.of("type", "TO", "from", "flow-sus-trelleborg-ystad-akut-ortopedi", "to", "hospital-ystad"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("field", "type");
				assertThat(error.getMessage()).contains("directionKnown: false").contains("use BETWEEN");
			}));
	}

	@Test
	void aStaleVersionIsAConflictThatNamesTheCurrentVersionAndWritesNothing() {
		String id = create("CARE_AREA", "Konfliktområde", false);
		this.editor.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "först")).execute()
			.path("updateNode.version").entity(Integer.class).isEqualTo(2);
		this.otherEditor.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "sen"))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
					assertThat(error.getExtensions()).containsEntry("currentVersion", 2).containsEntry("entityId", id);
				});
			});
		this.viewer.documentName("nodeState").variable("id", id).execute()
			.path("node.description").entity(String.class).isEqualTo("först");
		this.otherEditor.documentName("deleteNode").variable("id", id).variable("version", 1).execute()
			.errors().satisfy(errors -> assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("CONFLICT"));
	}

	@Test
	void relationshipsAreVersionedAndEvidenceMakesAFactSourced(CapturedOutput output) {
		String unit = create("UNIT", "Testenhet urologi", false);
		var relation = this.editor.documentName("createRelation")
			.variable("input", Map.of("type", "PART_OF", "from", unit, "to", "hospital-ljungby", "validFrom", "2024"))
			.execute();
		String relationId = unit + "--PART_OF--hospital-ljungby";
		relation.path("createRelation.id").entity(String.class).isEqualTo(relationId);
		relation.path("createRelation.other.id").entity(String.class).isEqualTo("hospital-ljungby");
		relation.path("createRelation.unsourced").entity(Boolean.class).isEqualTo(true);
		this.editor.documentName("updateRelation").variable("input", Map.of("id", relationId, "version", 1, "validTo", "2026"))
			.execute().path("updateRelation.validity.label").entity(String.class).isEqualTo("2024 – 2026");

		this.editor.documentName("attachEvidence")
			.variable("input", Map.of("targetId", relationId, "version", 2, "document", "doc-orebro-utvecklingsplan",
					"quote", QUOTE, "locator", "rad 12", "line", 12))
			.execute().path("attachEvidence.document.id").entity(String.class).isEqualTo("doc-orebro-utvecklingsplan");
		// Without a line, the quote must stand somewhere in the document.
		this.editor.documentName("attachEvidence")
			.variable("input", Map.of("targetId", unit, "version", 1, "document", "doc-orebro-utvecklingsplan",
					"quote", QUOTE, "locator", "avsnittet om färdplansuppdrag"))
			.execute().path("attachEvidence.quote").entity(String.class).isEqualTo(QUOTE);
		var state = this.viewer.documentName("nodeState").variable("id", unit).execute();
		state.path("node.unsourced").entity(Boolean.class).isEqualTo(false);
		state.path("node.version").entity(Integer.class).isEqualTo(2);
		state.path("node.evidence[0].quote").entity(String.class).isEqualTo(QUOTE);
		state.path("node.relations[0].unsourced").entity(Boolean.class).isEqualTo(false);
		state.path("node.relations[0].version").entity(Integer.class).isEqualTo(3);
		state.path("node.relations[0].evidence[0].quote").entity(String.class).isEqualTo(QUOTE);
		// The history of a node includes the relationships added at it.
		state.path("node.history[*].action").entityList(String.class)
			.containsExactly("ATTACH_EVIDENCE", "ATTACH_EVIDENCE", "UPDATE", "CREATE", "CREATE");

		var relationTrail = this.viewer.documentName("auditTrail").variable("entityId", relationId).execute();
		relationTrail.path("auditTrail.edges[*].node.action").entityList(String.class)
			.containsExactly("ATTACH_EVIDENCE", "UPDATE", "CREATE");
		relationTrail.path("auditTrail.edges[0].node.kind").valueIsNull();
		relationTrail.path("auditTrail.edges[0].node.relationType").entity(String.class).isEqualTo("PART_OF");
		relationTrail.path("auditTrail.edges[0].node.source").entity(String.class).isEqualTo(unit);
		relationTrail.path("auditTrail.edges[0].node.target").entity(String.class).isEqualTo("hospital-ljungby");
		String claim = state.path("node.relations[0].evidence[0].id").entity(String.class).get();
		relationTrail.path("auditTrail.edges[0].node.changes").entityList(Map.class)
			.containsExactly(change("unsourced", true, false), change("evidence", null, List.of(claim)));
		relationTrail.path("auditTrail.edges[1].node.changes").entityList(Map.class)
			.containsExactly(change("validTo", null, "2026"));
		relationTrail.path("auditTrail.edges[2].node.changes[*].field").entityList(String.class)
			.containsExactly("type", "from", "to", "provenance", "validFrom", "unsourced");

		this.editor.documentName("deleteRelation").variable("id", relationId).variable("version", 3).execute()
			.path("deleteRelation").entity(String.class).isEqualTo(relationId);
		this.viewer.documentName("nodeState").variable("id", unit).execute().path("node.relations").entityList(Object.class).hasSize(0);
		// Neo4j's advice on a query (a cartesian product, a deprecation) would be logged on every such edit.
		assertThat(output.getAll()).doesNotContain("neo4j.cypher.");
	}

	@Test
	void anUndoPutsBackTheFactAsItWasAndIsRefusedWhenSomeoneElseChangedItSince() {
		HttpGraphQlTester admin = TestCredentials.graphQl(this.port, TestCredentials.basic("admin", "admin-dev"));
		String id = create(admin, "CARE_AREA", "Ångraområde");
		admin.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "name", "Ångraområde nytt namn"))
			.execute();
		var undo = admin.documentName("undoLastChange").execute();
		undo.path("undoLastChange.action").entity(String.class).isEqualTo("UNDO");
		undo.path("undoLastChange.version").entity(Integer.class).isEqualTo(3);
		this.viewer.documentName("nodeState").variable("id", id).execute().path("node.name").entity(String.class)
			.isEqualTo("Ångraområde");
		String undoId = undo.path("undoLastChange.id").entity(String.class).get();
		this.viewer.documentName("auditTrail").variable("entityId", id).execute()
			.path("auditTrail.edges[1].node.undoneBy").entity(String.class).isEqualTo(undoId);

		// The next undo takes back the creation; someone else's change in between makes it refuse.
		this.otherEditor.documentName("updateNode").variable("input", Map.of("id", id, "version", 3, "description", "annan"))
			.execute();
		admin.documentName("undoLastChange").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(error.getMessage()).contains("api-key:test-editor changed '" + id + "'");
			});
		});
		this.viewer.documentName("nodeState").variable("id", id).execute().path("node.description").entity(String.class)
			.isEqualTo("annan");
	}

	@Test
	void repeatedUndosWalkBackThroughTheCallersOwnChangesToTheCreation() {
		HttpGraphQlTester walker = TestCredentials.graphQl(this.port,
				TestCredentials.bearer(TestCredentials.jwt("undo-walker", List.of("EDITOR"))));
		String id = create(walker, "CARE_AREA", "Bakåtområde");
		walker.documentName("updateNode").variable("input", Map.of("id", id, "version", 1, "description", "första"))
			.execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
		walker.documentName("updateNode").variable("input", Map.of("id", id, "version", 2, "description", "andra"))
			.execute().path("updateNode.version").entity(Integer.class).isEqualTo(3);

		var first = walker.documentName("undoLastChange").execute();
		first.path("undoLastChange.entityId").entity(String.class).isEqualTo(id);
		var state = this.viewer.documentName("nodeState").variable("id", id).execute();
		state.path("node.description").entity(String.class).isEqualTo("första");
		state.path("node.version").entity(Integer.class).isEqualTo(4);

		// The undo above is not what the next one takes back: that is the first update.
		walker.documentName("undoLastChange").execute().path("undoLastChange.version").entity(Integer.class).isEqualTo(5);
		state = this.viewer.documentName("nodeState").variable("id", id).execute();
		state.path("node.description").valueIsNull();
		state.path("node.name").entity(String.class).isEqualTo("Bakåtområde");
		state.path("node.version").entity(Integer.class).isEqualTo(5);

		walker.documentName("undoLastChange").execute().path("undoLastChange.version").entity(Integer.class).isEqualTo(0);
		this.viewer.documentName("nodeState").variable("id", id).execute().path("node").valueIsNull();

		walker.documentName("undoLastChange").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("no change left to undo");
			}));
		List<String> trail = this.otherEditor.documentName("auditTrail").variable("entityId", id).execute()
			.path("auditTrail.edges[*].node.action").entityList(String.class).get();
		assertThat(trail).containsExactly("UNDO", "UNDO", "UNDO", "UPDATE", "UPDATE", "CREATE");
	}

	@Test
	void aDeletedNodeComesBackWithItsRelationshipsOnUndo() {
		HttpGraphQlTester jwtEditor = TestCredentials.graphQl(this.port,
				TestCredentials.bearer(TestCredentials.jwt("undo-tester", List.of("EDITOR"))));
		String unit = create(jwtEditor, "UNIT", "Raderad testenhet");
		jwtEditor.documentName("createRelation").variable("input", Map.of("type", "PART_OF", "from", unit, "to", "hospital-vaxjo"))
			.execute().path("createRelation.id").hasValue();
		jwtEditor.documentName("deleteNode").variable("id", unit).variable("version", 1).execute();
		this.viewer.documentName("nodeState").variable("id", unit).execute().path("node").valueIsNull();
		jwtEditor.documentName("undoLastChange").execute().path("undoLastChange.entityId").entity(String.class).isEqualTo(unit);
		var restored = this.viewer.documentName("nodeState").variable("id", unit).execute();
		restored.path("node.relations[*].other.id").entityList(String.class).containsExactly("hospital-vaxjo");
		restored.path("node.version").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void viewersCannotWriteAndSayWhy() {
		this.viewer.documentName("createNode").variable("input", Map.of("kind", "CARE_AREA", "name", "Förbjudet")).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		this.viewer.documentName("undoLastChange").execute().errors()
			.satisfy(errors -> assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	private String create(String kind, String name, boolean internal) {
		return this.editor.documentName("createNode")
			.variable("input", Map.of("kind", kind, "name", name, "internal", internal))
			.execute().path("createNode.id").entity(String.class).get();
	}

	private static String create(GraphQlTester tester, String kind, String name) {
		return tester.documentName("createNode").variable("input", Map.of("kind", kind, "name", name))
			.execute().path("createNode.id").entity(String.class).get();
	}

}
