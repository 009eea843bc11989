package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * An integrator filters and orders the lists as the Neo4j GraphQL Library would let them: operators on fields,
 * AND/OR/NOT, "some"/"none" on relations, and a sort that pages with cursors. Each answer is checked against the
 * same facts read another way through the API, so a filter that matched too much or too little shows.
 */
@GraphApplicationTest
class WhereAndSortTest {

	private static final String DAY = "2024-06-01";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void hospitalsWithSomeFlowInACareAreaAreTheOnesItsFlowsRunFromToOrBetween() {
		Set<String> everyCareArea = new java.util.TreeSet<>();
		for (String careArea : List.of("care-urologi", "care-ortopedi", "care-operation", "care-benign-gynekologi",
				"care-kirurgi")) {
			var flows = this.graphQl.documentName("filteredFlowsAndAssignments").variable("asOf", DAY)
				.variable("flows", Map.of("careAreas", Map.of("some", Map.of("id", Map.of("eq", careArea))))).execute();
			Set<String> expected = new java.util.TreeSet<>();
			for (Map<String, Object> flow : flows.path("flows.edges[*].node").entityList(MAP).get()) {
				for (String end : List.of("from", "to", "between")) {
					nodes(flow.get(end)).stream().filter(node -> "HOSPITAL".equals(node.get("kind")))
						.forEach(node -> expected.add((String) node.get("id")));
				}
			}
			var hospitals = this.graphQl.documentName("filteredHospitals").variable("asOf", DAY).variable("first", 100)
				.variable("where", Map.of("flows", Map.of("some",
						Map.of("flow", Map.of("careAreas", Map.of("some", Map.of("id", Map.of("eq", careArea))))))))
				.execute();
			assertThat(ids(hospitals, "hospitals")).as(careArea).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(hospitals.path("hospitals.totalCount").entity(Integer.class).get()).isEqualTo(expected.size());
			everyCareArea.addAll(expected);
		}
		assertThat(everyCareArea).as("the data has flows of these care areas between hospitals").isNotEmpty();
	}

	@Test
	void someAndNoneParticipantSplitTheGroupsAsTheirParticipantsSay() {
		List<Map<String, Object>> all = groups(Map.of()).path("groups.edges[*].node").entityList(MAP).get();
		List<String> withOrebro = all.stream()
			.filter(group -> nodes(group.get("participants")).stream().anyMatch(p -> "region-orebro".equals(p.get("id"))))
			.map(group -> (String) group.get("id")).toList();
		assertThat(withOrebro).as("Region Örebro län takes part in some groups, not all").isNotEmpty().hasSizeLessThan(all.size());

		Map<String, Object> orebro = Map.of("id", Map.of("eq", "region-orebro"));
		assertThat(ids(groups(Map.of("participants", Map.of("some", orebro))), "groups")).isEqualTo(withOrebro);
		assertThat(ids(groups(Map.of("participants", Map.of("none", orebro))), "groups"))
			.isEqualTo(all.stream().map(group -> (String) group.get("id")).filter(id -> !withOrebro.contains(id)).toList());
	}

	@Test
	void groupsWithNoAgreementInForceAreAllGroupsButThoseAnAgreementInForceGoverns() {
		var inForce = this.graphQl.documentName("filteredAgreements").variable("asOf", DAY).variable("first", 100)
			.variable("where", Map.of("status", Map.of("eq", "IN_FORCE"))).execute();
		assertThat(inForce.path("agreements.edges[*].node.status").entityList(String.class).get()).isNotEmpty()
			.containsOnly("IN_FORCE");
		Set<String> governed = inForce.path("agreements.edges[*].node.governs[*]").entityList(MAP).get().stream()
			.filter(node -> "GROUP".equals(node.get("kind"))).map(node -> (String) node.get("id")).collect(Collectors.toSet());
		List<String> all = ids(groups(Map.of()), "groups");

		var without = groups(Map.of("agreements", Map.of("none", Map.of("agreement", Map.of("status", Map.of("eq", "IN_FORCE"))))));
		assertThat(ids(without, "groups")).isEqualTo(all.stream().filter(id -> !governed.contains(id)).toList());
		var with = groups(Map.of("agreements", Map.of("some", Map.of("agreement", Map.of("status", Map.of("eq", "IN_FORCE"))))));
		assertThat(ids(with, "groups")).containsExactlyInAnyOrderElementsOf(governed);
	}

	@Test
	void textOperatorsCombineWithAndOrAndNot() {
		// A hospital without a city: NOT must count it among the rest, not drop it as Cypher's null would.
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		String id = editor.document("mutation { createNode(input: {kind: HOSPITAL, name: \"Filtertestsjukhuset\"}) { id } }")
			.execute().path("createNode.id").entity(String.class).get();
		try {
			List<Map<String, Object>> everyHospital = hospitals(Map.of(), null, 100).path("hospitals.edges[*].node")
				.entityList(MAP).get();
			var helsingborgOrLund = hospitals(Map.of("OR", List.of(Map.of("city", Map.of("eq", "Helsingborg")),
					Map.of("city", Map.of("eq", "Lund")))), null, 100);
			List<Map<String, Object>> found = helsingborgOrLund.path("hospitals.edges[*].node").entityList(MAP).get();
			assertThat(found).isNotEmpty().allSatisfy(h -> assertThat(h.get("city")).isIn("Helsingborg", "Lund"));
			assertThat(found).hasSize((int) everyHospital.stream().filter(h -> "Helsingborg".equals(h.get("city")) || "Lund".equals(h.get("city"))).count());

			var notThere = hospitals(Map.of("NOT", Map.of("OR", List.of(Map.of("city", Map.of("eq", "Helsingborg")),
					Map.of("city", Map.of("eq", "Lund"))))), null, 100);
			// NOT is the rest: hospitals without a city are not in Helsingborg or Lund either.
			assertThat(notThere.path("hospitals.totalCount").entity(Integer.class).get() + found.size())
				.isEqualTo(everyHospital.size());

			var sjukhus = hospitals(Map.of("name", Map.of("contains", "sjukhus", "startsWith", "Centrals")), null, 100);
			assertThat(names(sjukhus)).isNotEmpty()
				.allSatisfy(name -> assertThat(name).startsWith("Centrals").contains("sjukhus"));
			assertThat(names(sjukhus)).isEqualTo(everyHospital.stream().map(h -> (String) h.get("name"))
				.filter(name -> name.startsWith("Centrals") && name.contains("sjukhus")).toList());
			assertThat(ids(notThere, "hospitals")).contains(id);
		}
		finally {
			editor.document("mutation($id: ID!) { deleteNode(id: $id, version: 1) }").variable("id", id).execute()
				.path("deleteNode").entity(String.class).isEqualTo(id);
		}
	}

	@Test
	void aSortedListPagesForwardAndBackwardWithRowsWithoutAValueLast() {
		List<Map<String, Object>> whole = hospitals(Map.of(), List.of(Map.of("city", "DESC"), Map.of("name", "ASC")), 100)
			.path("hospitals.edges[*].node").entityList(MAP).get();
		List<Map<String, Object>> expected = new ArrayList<>(whole);
		expected.sort(Comparator.<Map<String, Object>, Boolean>comparing(h -> h.get("city") == null)
			.thenComparing(h -> (String) h.get("city"), Comparator.nullsLast(Comparator.<String>reverseOrder()))
			.thenComparing(h -> (String) h.get("name")));
		assertThat(whole).as("cities Ö to A, hospitals without a city last").isEqualTo(expected);

		List<Map<String, Object>> paged = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.documentName("filteredHospitals").variable("sort", List.of(Map.of("city", "DESC"), Map.of("name", "ASC")))
				.variable("first", 4).variable("after", after).execute();
			paged.addAll(page.path("hospitals.edges[*].node").entityList(MAP).get());
			after = page.path("hospitals.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("hospitals.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(whole);

		List<Map<String, Object>> backward = new ArrayList<>();
		String before = null;
		do {
			var page = this.graphQl.documentName("filteredHospitals").variable("sort", List.of(Map.of("city", "DESC"), Map.of("name", "ASC")))
				.variable("last", 5).variable("before", before).execute();
			backward.addAll(0, page.path("hospitals.edges[*].node").entityList(MAP).get());
			before = page.path("hospitals.pageInfo.hasPreviousPage").entity(Boolean.class).get()
					? page.path("hospitals.pageInfo.startCursor").entity(String.class).get() : null;
		}
		while (before != null);
		assertThat(backward).isEqualTo(whole);
	}

	@Test
	void aCursorIsReadBackOnlyUnderTheOrderItCameFrom() {
		String cursor = hospitals(Map.of(), List.of(Map.of("latitude", "ASC")), 2).path("hospitals.pageInfo.endCursor")
			.entity(String.class).get();
		this.graphQl.documentName("filteredHospitals").variable("first", 2).variable("after", cursor).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).startsWith("after: ").contains("another order");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
	}

	@Test
	void dateOperatorsCompareValidityByDay() {
		var since = this.graphQl.documentName("filteredAgreements").variable("asOf", DAY).variable("first", 100)
			.variable("where", Map.of("validFrom", Map.of("gte", "2020-01-01"))).execute();
		List<Map<String, Object>> agreements = since.path("agreements.edges[*].node").entityList(MAP).get();
		assertThat(agreements).isNotEmpty().allSatisfy(agreement -> assertThat(
				(String) ((Map<?, ?>) agreement.get("validity")).get("from")).isGreaterThanOrEqualTo("2020-01-01"));
		var open = this.graphQl.documentName("filteredAgreements").variable("asOf", DAY).variable("first", 100)
			.variable("where", Map.of("validFrom", Map.of("exists", false))).execute();
		assertThat(open.path("agreements.edges[*].node").entityList(MAP).get())
			.allSatisfy(agreement -> assertThat(((Map<?, ?>) agreement.get("validity")).get("from")).isNull());
	}

	@Test
	void theStatusFilterAnswersAsTheStatusArgumentDoes() {
		var both = this.graphQl.documentName("filteredFlowsAndAssignments").variable("asOf", DAY)
			.variable("assignments", Map.of("status", Map.of("in", List.of("ONGOING")))).variable("status", "ONGOING")
			.execute();
		List<String> byWhere = both.path("assignments.edges[*].node.id").entityList(String.class).get();
		assertThat(byWhere).isNotEmpty()
			.containsExactlyElementsOf(both.path("byArgument.edges[*].node.id").entityList(String.class).get());
		assertThat(both.path("assignments.edges[*].node.latestStatus.status").entityList(String.class).get())
			.containsOnly("ONGOING");
	}

	@Test
	void searchHitsCanBeNarrowedWithTheSameConditions() {
		var search = this.graphQl.documentName("filteredSearch").variable("text", "lasarett")
			.variable("where", Map.of("kind", Map.of("eq", "HOSPITAL"), "related", List.of(Map.of("types", List.of("OPERATES"),
					"direction", "INCOMING", "some", Map.of("id", Map.of("eq", "region-orebro"))))))
			.execute();
		List<String> orebro = search.path("orebro.edges[*].node.id").entityList(String.class).get();
		List<String> expected = search.path("all[*].node").entityList(MAP).get().stream()
			.filter(hit -> "HOSPITAL".equals(hit.get("kind")) && orebro.contains(hit.get("id")))
			.map(hit -> (String) hit.get("id")).toList();
		assertThat(expected).as("a search for lasarett finds hospitals in Örebro län").isNotEmpty();
		assertThat(search.path("filtered[*].node.id").entityList(String.class).get()).isEqualTo(expected);
	}

	@Test
	void theAuditTrailIsFilteredByWhoWhatAndWhen() {
		HttpGraphQlTester editor = TestCredentials.graphQl(this.port, TestCredentials.editorKey());
		String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1).toString();
		String id = editor.document("mutation { createNode(input: {kind: CARE_AREA, name: \"Filtertestvård\"}) { id } }")
			.execute().path("createNode.id").entity(String.class).get();
		editor.document("mutation($id: ID!) { updateNode(input: {id: $id, version: 1, description: \"Ändrad\"}) { version } }")
			.variable("id", id).execute().path("updateNode.version").entity(Integer.class).isEqualTo(2);
		try {
			Map<String, Object> mine = Map.of("entityId", Map.of("eq", id), "at", Map.of("gte", since),
					"actor", Map.of("eq", "api-key:test-editor"));
			assertThat(actions(editor, mine)).containsExactly("UPDATE", "CREATE");
			assertThat(actions(editor, Map.of("AND", List.of(mine, Map.of("action", Map.of("eq", "CREATE"))))))
				.containsExactly("CREATE");
			assertThat(actions(editor, Map.of("AND", List.of(mine,
					Map.of("changedFields", Map.of("includes", "description")), Map.of("NOT", Map.of("action", Map.of("eq", "CREATE")))))))
				.containsExactly("UPDATE");
			assertThat(actions(editor, Map.of("AND", List.of(mine, Map.of("at", Map.of("lt", since)))))).isEmpty();
		}
		finally {
			editor.document("mutation($id: ID!) { deleteNode(id: $id, version: 2) }").variable("id", id).execute()
				.path("deleteNode").entity(String.class).isEqualTo(id);
		}
	}

	private static List<String> actions(HttpGraphQlTester editor, Map<String, Object> where) {
		return editor.documentName("filteredAuditTrail").variable("where", where).variable("first", 100).execute()
			.path("auditTrail.edges[*].node.action").entityList(String.class).get();
	}

	@Test
	void aSortEntryWithTwoFieldsAndAFilterNestedTooDeepAreRefusedNamingTheArgument() {
		this.graphQl.documentName("filteredHospitals").variable("sort", List.of(Map.of("city", "ASC", "name", "ASC")))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo(
						"sort: entry 1 names 2 fields; each entry names exactly one, e.g. {name: ASC}")));
		Map<String, Object> deep = Map.of("name", Map.of("eq", "x"));
		for (int i = 0; i < 10; i++) {
			deep = Map.of("NOT", deep);
		}
		this.graphQl.documentName("filteredHospitals").variable("where", deep).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("where: nests deeper than 8 levels")));
		this.graphQl.documentName("filteredHospitals").variable("where", Map.of("city", Map.of("near", "Lund")))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("near")));
	}

	private GraphQlTester.Response hospitals(Map<String, Object> where, List<Map<String, Object>> sort, int first) {
		return this.graphQl.documentName("filteredHospitals").variable("where", where).variable("sort", sort)
			.variable("first", first).execute();
	}

	private GraphQlTester.Response groups(Map<String, Object> where) {
		return this.graphQl.documentName("filteredGroups").variable("asOf", DAY).variable("first", 100)
			.variable("where", where).execute();
	}

	private static List<String> ids(GraphQlTester.Response response, String field) {
		return response.path(field + ".edges[*].node.id").entityList(String.class).get();
	}

	private static List<String> names(GraphQlTester.Response response) {
		return response.path("hospitals.edges[*].node.name").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Object list) {
		return (List<Map<String, Object>>) list;
	}

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

}
