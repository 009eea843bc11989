package se.samverkanskartan.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PropertyType;

/**
 * What another system writes with: a typed mutation per kind, where a field left out keeps its value and a null
 * clears it, and bulk writes of many nodes that are written whole or not at all, with every problem by input.
 * Both go the generic mutations' way: the same checks, versions and audit trail.
 */
@GraphApplicationTest
class TypedAndBulkWritesTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource source;

	HttpGraphQlTester editor;

	HttpGraphQlTester viewer;

	@BeforeEach
	void connect() {
		this.editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		this.viewer = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void aHospitalIsCreatedWithTypedFieldsAndPatchedFieldByField() {
		String id = "hospital-typed-test-lund";
		Map<String, Object> input = new HashMap<>(Map.of("id", id, "name", "Typsjukhuset i Lund", "sites",
				List.of("Lund", "Malmö"), "city", "Lund", "latitude", 55.71, "longitude", 13.19, "renamedOn", "2024-03"));
		input.put("validFrom", "2020");
		var created = this.editor.documentName("createHospital").variable("input", input).execute();
		created.path("createHospital.id").entity(String.class).isEqualTo(id);
		created.path("createHospital.kind").entity(String.class).isEqualTo("HOSPITAL");
		created.path("createHospital.version").entity(Integer.class).isEqualTo(1);
		created.path("createHospital.unsourced").entity(Boolean.class).isEqualTo(true);
		created.path("createHospital.sites").entityList(String.class).containsExactly("Lund", "Malmö");
		created.path("createHospital.latitude").entity(Double.class).isEqualTo(55.71);
		created.path("createHospital.renamedOn").entity(String.class).isEqualTo("2024-03");
		created.path("createHospital.validity.label").entity(String.class).isEqualTo("2020 –");

		// Left out: name, sites, longitude and renamedOn keep their values; null clears the city.
		Map<String, Object> patch = new HashMap<>(Map.of("latitude", 55.72, "description", "Ändrad typat"));
		patch.put("city", null);
		var updated = this.editor.documentName("updateHospital").variable("id", id).variable("version", 1)
			.variable("input", patch).execute();
		updated.path("updateHospital.version").entity(Integer.class).isEqualTo(2);
		updated.path("updateHospital.name").entity(String.class).isEqualTo("Typsjukhuset i Lund");
		updated.path("updateHospital.sites").entityList(String.class).containsExactly("Lund", "Malmö");
		updated.path("updateHospital.latitude").entity(Double.class).isEqualTo(55.72);
		updated.path("updateHospital.longitude").entity(Double.class).isEqualTo(13.19);
		updated.path("updateHospital.renamedOn").entity(String.class).isEqualTo("2024-03");
		updated.path("updateHospital.description").entity(String.class).isEqualTo("Ändrad typat");
		updated.path("updateHospital.city").valueIsNull();
		this.viewer.documentName("nodeProperties").variable("id", id).execute()
			.path("node.properties[*].name").entityList(String.class)
			.containsExactly("sites", "latitude", "longitude", "renamedOn");

		// The audit trail has both, with the typed change's fields.
		var trail = this.viewer.documentName("auditTrail").variable("entityId", id).execute();
		trail.path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("UPDATE", "CREATE");
		trail.path("auditTrail.edges[0].node.actor").entity(String.class).isEqualTo("api-key:test-editor");
		trail.path("auditTrail.edges[0].node.changedFields").entityList(String.class)
			.contains("city", "latitude", "description").doesNotContain("longitude", "sites", "name");

		// Other tests count the hospitals.
		this.editor.documentName("deleteNode").variable("id", id).variable("version", 2).execute()
			.path("deleteNode").entity(String.class).isEqualTo(id);
	}

	@Test
	void typedChangesAreRefusedNamingTheFieldAndWriteNothing() {
		String id = this.editor.documentName("typedGroup").operationName("createGroup")
			.variable("input", Map.of("id", "group-typed-test-refusals", "name", "Typgruppen", "groupKind", "TEAM",
					"level", "REGIONAL", "count", 3))
			.execute().path("createGroup.id").entity(String.class).get();
		this.editor.documentName("typedGroup").operationName("updateGroup").variable("id", id).variable("version", 1)
			.variable("input", Map.of("count", 4, "provenance", "EXTERNAL")).execute()
			.path("updateGroup.version").entity(Integer.class).isEqualTo(2);

		// A stale version: CONFLICT with the current one.
		updateGroup(id, 1, Map.of("count", 5)).satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
			assertThat(error.getExtensions()).containsEntry("currentVersion", 2).containsEntry("entityId", id);
		}));
		// The name cannot be cleared; a number out of range is named as sent.
		Map<String, Object> bad = new HashMap<>(Map.of("count", -1));
		bad.put("name", null);
		updateGroup(id, 2, bad).satisfy(errors -> {
			assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
			assertThat(errors).extracting(error -> error.getExtensions().get("field"))
				.containsExactlyInAnyOrder("name", "count");
			assertThat(errors).anySatisfy(error -> assertThat(error.getMessage())
				.isEqualTo("count: must be a whole number between 0 and 2147483647, was '-1'"));
		});
		// Another kind's id is refused on id.
		this.editor.documentName("updateHospital").variable("id", id).variable("version", 2)
			.variable("input", Map.of("city", "Växjö")).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("field", "id");
				assertThat(error.getMessage()).isEqualTo("id: '" + id + "' is a Group, not a Hospital");
			}));
		// Every choice is an enum in the schema: GraphQL itself refuses a value it does not have, before anything runs,
		// naming the enum (a variable's value is refused as a whole).
		this.editor.documentName("typedGroup").operationName("createBody")
			.variable("input", Map.of("id", "body-typed-test-refused", "name", "Typnämnden", "bodyKind", "SENATE"))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("ValidationError");
				assertThat(error.getMessage()).contains("'BodyKind'").contains("'SENATE'");
			}));
		updateGroup(id, 2, Map.of("groupKind", "COMMITTEE")).satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("ValidationError");
				assertThat(error.getMessage()).contains("'GroupKind'").contains("'COMMITTEE'");
			}));

		var state = this.viewer.documentName("typedGroup").operationName("group").variable("id", id).execute();
		state.path("node.version").entity(Integer.class).isEqualTo(2);
		state.path("node.count").entity(Integer.class).isEqualTo(4);
		state.path("node.level").entity(String.class).isEqualTo("REGIONAL");
		state.path("node.name").entity(String.class).isEqualTo("Typgruppen");
		state.path("node.provenance").entity(String.class).isEqualTo("EXTERNAL");
		this.viewer.documentName("nodeState").variable("id", "body-typed-test-refused").execute().path("node").valueIsNull();
		// A null provenance is the default again.
		Map<String, Object> cleared = new HashMap<>();
		cleared.put("provenance", null);
		this.editor.documentName("typedGroup").operationName("updateGroup").variable("id", id).variable("version", 2)
			.variable("input", cleared).execute().path("updateGroup.provenance").entity(String.class).isEqualTo("STATED");
	}

	@Test
	void aBulkCreationIsWrittenWholeWithAnAuditEntryPerNode() {
		List<Map<String, Object>> inputs = List.of(
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-bulk-1", "name", "Bulkområde ett"),
				Map.of("kind", "CARE_AREA", "name", "Bulkområde två"),
				Map.of("kind", "GROUP", "id", "group-typed-test-bulk", "name", "Bulkgruppen", "properties",
						List.of(Map.of("name", "groupKind", "value", "NETWORK"), Map.of("name", "count", "value", "12"))));
		var result = this.editor.documentName("bulkNodes").operationName("createNodes").variable("inputs", inputs).execute();
		result.path("createNodes.applied").entity(Boolean.class).isEqualTo(true);
		result.path("createNodes.errors").entityList(Object.class).hasSize(0);
		result.path("createNodes.created").entityList(String.class)
			.containsExactly("care-area-typed-test-bulk-1", "care-area-bulkomrade-tva", "group-typed-test-bulk");
		result.path("createNodes.nodes[*].version").entityList(Integer.class).containsExactly(1, 1, 1);
		result.path("createNodes.nodes[2].groupKind").entity(String.class).isEqualTo("NETWORK");
		result.path("createNodes.nodes[2].count").entity(Integer.class).isEqualTo(12);
		for (String id : List.of("care-area-typed-test-bulk-1", "care-area-bulkomrade-tva", "group-typed-test-bulk")) {
			var trail = this.viewer.documentName("auditTrail").variable("entityId", id).execute();
			trail.path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("CREATE");
			trail.path("auditTrail.edges[0].node.actor").entity(String.class).isEqualTo("api-key:test-editor");
		}
	}

	@Test
	void oneInvalidInputWritesNothingAndEveryProblemIsReportedByIndex() {
		Map<String, Object> valid = Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-not-written", "name", "Skrivs inte");
		List<Map<String, Object>> inputs = List.of(valid,
				Map.of("kind", "CARE_AREA", "id", "Not A Slug", "name", "Fel id"),
				Map.of("kind", "AGREEMENT", "name", " ", "validFrom", "2024-13", "properties",
						List.of(Map.of("name", "status", "value", "SIGNED"))),
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-not-written", "name", "Samma id igen"));
		var result = this.editor.documentName("bulkNodes").operationName("createNodes").variable("inputs", inputs).execute();
		result.path("createNodes.applied").entity(Boolean.class).isEqualTo(false);
		result.path("createNodes.nodes").entityList(Object.class).hasSize(0);
		result.path("createNodes.created").entityList(String.class).hasSize(0);
		result.path("createNodes.errors[*].index").entityList(Integer.class).containsExactly(1, 2, 2, 2, 3);
		assertThat(result.path("createNodes.errors[*].field").entityList(String.class).get())
			.containsExactlyInAnyOrder("id", "name", "validFrom", "properties.status", "id");
		result.path("createNodes.errors[0].field").entity(String.class).isEqualTo("id");
		assertThat(result.path("createNodes.errors[*].classification").entityList(String.class).get())
			.containsOnly("BAD_REQUEST");
		result.path("createNodes.errors[4].message").entity(String.class)
			.isEqualTo("id: 'care-area-typed-test-not-written' is also input 0; each id may stand once in a bulk write");
		this.viewer.documentName("nodeState").variable("id", "care-area-typed-test-not-written").execute()
			.path("node").valueIsNull();
		this.viewer.documentName("auditTrail").variable("entityId", "care-area-typed-test-not-written").execute()
			.path("auditTrail.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void anUpsertCreatesNewIdsAndChangesExistingOnesAgainstTheirVersions() {
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-a", "name", "Upsert A"))
			.execute().path("createNode.version").entity(Integer.class).isEqualTo(1);
		this.editor.documentName("createNode")
			.variable("input", Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-b", "name", "Upsert B"))
			.execute().path("createNode.version").entity(Integer.class).isEqualTo(1);

		// A stale version, another kind and a new node without a name: nothing of the four is written.
		var refused = upsert(List.of(
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-a", "version", 7, "description", "Ny"),
				Map.of("kind", "GROUP", "id", "care-area-typed-test-upsert-b", "description", "Ny"),
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-c"),
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-d", "name", "Upsert D")));
		refused.path("upsertNodes.applied").entity(Boolean.class).isEqualTo(false);
		refused.path("upsertNodes.errors[*].index").entityList(Integer.class).containsExactly(0, 1, 2);
		refused.path("upsertNodes.errors[*].field").entityList(String.class).containsExactly("version", "kind", "name");
		refused.path("upsertNodes.errors[0].classification").entity(String.class).isEqualTo("CONFLICT");
		refused.path("upsertNodes.errors[0].currentVersion").entity(Integer.class).isEqualTo(1);
		refused.path("upsertNodes.errors[1].message").entity(String.class)
			.isEqualTo("kind: 'care-area-typed-test-upsert-b' is a CARE_AREA, not a GROUP");
		this.viewer.documentName("nodeState").variable("id", "care-area-typed-test-upsert-d").execute()
			.path("node").valueIsNull();
		this.viewer.documentName("nodeState").variable("id", "care-area-typed-test-upsert-a").execute()
			.path("node.version").entity(Integer.class).isEqualTo(1);

		// With its version, without one (the current), and a new id.
		var written = upsert(List.of(
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-a", "version", 1, "description", "Ny A"),
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-b", "description", "Ny B"),
				Map.of("kind", "CARE_AREA", "id", "care-area-typed-test-upsert-d", "name", "Upsert D")));
		written.path("upsertNodes.applied").entity(Boolean.class).isEqualTo(true);
		written.path("upsertNodes.updated").entityList(String.class)
			.containsExactly("care-area-typed-test-upsert-a", "care-area-typed-test-upsert-b");
		written.path("upsertNodes.created").entityList(String.class).containsExactly("care-area-typed-test-upsert-d");
		written.path("upsertNodes.nodes[*].version").entityList(Integer.class).containsExactly(2, 2, 1);
		written.path("upsertNodes.nodes[*].name").entityList(String.class).containsExactly("Upsert A", "Upsert B", "Upsert D");
		written.path("upsertNodes.nodes[1].description").entity(String.class).isEqualTo("Ny B");
		this.viewer.documentName("auditTrail").variable("entityId", "care-area-typed-test-upsert-b").execute()
			.path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("UPDATE", "CREATE");
	}

	@Test
	void aBulkWriteOverItsLimitIsRefusedNamingTheArgument() {
		List<Map<String, Object>> inputs = new ArrayList<>();
		IntStream.range(0, 201).forEach(i -> inputs.add(Map.of("kind", "CARE_AREA", "name", "Gräns " + i)));
		this.editor.documentName("bulkNodes").operationName("createNodes").variable("inputs", inputs).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "inputs");
				assertThat(error.getMessage()).contains("201 inputs; at most 200");
			}));
		this.viewer.documentName("nodeState").variable("id", "care-area-grans-0").execute().path("node").valueIsNull();
	}

	@Test
	void viewersWriteNeitherTypedNorInBulk() {
		var response = this.viewer.document("""
				mutation {
				  typed: createCareArea(input: {id: "care-area-typed-test-viewer", name: "Förbjudet"}) { id }
				  bulk: createNodes(inputs: [{kind: CARE_AREA, id: "care-area-typed-test-viewer-2", name: "Förbjudet"}]) { applied }
				}""").execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).extracting(error -> error.getErrorType().toString()).containsOnly("FORBIDDEN");
			assertThat(errors).extracting(error -> error.getPath()).containsExactlyInAnyOrder("typed", "bulk");
		});
		this.viewer.documentName("nodeState").variable("id", "care-area-typed-test-viewer").execute().path("node").valueIsNull();
	}

	@Test
	void whenOneOfTwoTypedMutationsIsRefusedTheOthersResultComesBackWritten() {
		var response = this.editor.document("""
				mutation {
				  written: createCareArea(input: {id: "care-area-typed-test-sibling", name: "Syskonområdet"}) { id version }
				  refused: updateCareArea(id: "care-area-typed-test-sibling", version: 9, input: {description: "Nej"}) { id }
				}""").execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getPath()).isEqualTo("refused");
			assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
		}));
		response.path("written.id").entity(String.class).isEqualTo("care-area-typed-test-sibling");
		response.path("written.version").entity(Integer.class).isEqualTo(1);
		response.path("refused").valueIsNull();
		var state = this.viewer.documentName("nodeState").variable("id", "care-area-typed-test-sibling").execute();
		state.path("node.name").entity(String.class).isEqualTo("Syskonområdet");
		state.path("node.description").valueIsNull();
	}

	/** Written nowhere but in NodeKind: a kind or property added there is here, of its type, without SDL. */
	@Test
	void everyKindHasTypedMutationsWithAFieldPerPropertyOfItsType() {
		GraphQLSchema schema = this.source.schema();
		GraphQLObjectType mutation = schema.getMutationType();
		List<String> common = ((GraphQLInputObjectType) schema.getType("CreateNodeInput")).getFieldDefinitions().stream()
			.map(GraphQLInputObjectField::getName).filter(name -> !name.equals("kind") && !name.equals("properties"))
			.toList();
		for (NodeKind kind : NodeKind.values()) {
			String label = kind.label();
			GraphQLFieldDefinition create = mutation.getFieldDefinition("create" + label);
			GraphQLFieldDefinition update = mutation.getFieldDefinition("update" + label);
			assertThat(create).as("Mutation.create%s", label).isNotNull();
			assertThat(update).as("Mutation.update%s", label).isNotNull();
			assertThat(printed(create.getType())).isEqualTo(label);
			assertThat(printed(update.getType())).isEqualTo(label);
			assertThat(printed(create.getArgument("input").getType())).isEqualTo(label + "Input!");
			assertThat(printed(update.getArgument("id").getType())).isEqualTo("ID!");
			assertThat(printed(update.getArgument("version").getType())).isEqualTo("Int!");
			assertThat(printed(update.getArgument("input").getType())).isEqualTo(label + "Patch!");
			GraphQLInputObjectType input = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(create.getArgument("input").getType());
			GraphQLInputObjectType patch = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(update.getArgument("input").getType());
			assertThat(input.getFieldDefinitions()).extracting(GraphQLInputObjectField::getName)
				.containsExactlyElementsOf(Stream.concat(common.stream(), kind.properties().keySet().stream()).toList());
			assertThat(patch.getFieldDefinitions()).extracting(GraphQLInputObjectField::getName)
				.containsExactlyElementsOf(Stream.concat(common.stream().filter(name -> !name.equals("id")),
						kind.properties().keySet().stream()).toList());
			assertThat(printed(input.getField("name").getType())).isEqualTo("String!");
			assertThat(printed(patch.getField("name").getType())).isEqualTo("String");
			GraphQLObjectType type = schema.getObjectType(label);
			kind.properties().forEach((name, property) -> {
				String expected = expectedType(type.getFieldDefinition(name).getType(), property);
				assertThat(printed(input.getField(name).getType())).as("%sInput.%s", label, name).isEqualTo(expected);
				assertThat(printed(patch.getField(name).getType())).as("%sPatch.%s", label, name).isEqualTo(expected);
				assertThat(patch.getField(name).getDescription()).as("%sPatch.%s", label, name)
					.startsWith(type.getFieldDefinition(name).getDescription()).contains("`null` clears it");
			});
		}
		assertThat(printed(schema.getObjectType("Group").getFieldDefinition("groupKind").getType())).isEqualTo("GroupKind");
		assertThat(printed(((GraphQLInputObjectType) schema.getType("GroupPatch")).getField("groupKind").getType()))
			.isEqualTo("GroupKind");
	}

	@Test
	void theServedSdlHasTheTypedMutationsWithTheirDescriptions() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
				.header("X-API-Key", TestCredentials.VIEWER_KEY)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("input HospitalPatch {")
			.contains("updateHospital(", "createHospital(", "createNodes(", "upsertNodes(")
			.contains("Changes a Hospital, as `updateNode` does but field by field")
			.contains("The latitude of the hospital in decimal degrees (WGS 84, −90 to 90), when known.");
	}

	/** The type the issue asks for each value type; a choice is its object type's enum when that field has one. */
	private static String expectedType(GraphQLType shown, PropertyType property) {
		return switch (property.valueType()) {
			case TEXT_LIST -> "[String!]";
			case DECIMAL -> "Float";
			case INTEGER -> "Int";
			case BOOLEAN -> "Boolean";
			case CHOICE -> GraphQLTypeUtil.unwrapAll(shown) instanceof GraphQLEnumType values ? values.getName() : "String";
			case TEXT, DATE -> "String";
		};
	}

	private static String printed(GraphQLType type) {
		return GraphQLTypeUtil.simplePrint(type);
	}

	private GraphQlTester.Errors updateGroup(String id, int version, Map<String, Object> input) {
		return this.editor.documentName("typedGroup").operationName("updateGroup").variable("id", id)
			.variable("version", version).variable("input", input).execute().errors();
	}

	private GraphQlTester.Response upsert(List<Map<String, Object>> inputs) {
		return this.editor.documentName("bulkNodes").operationName("upsertNodes").variable("inputs", inputs).execute();
	}

}
