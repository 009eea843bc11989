package se.samverkanskartan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.TestCredentials;

/**
 * The API as other systems use it: every root field through HTTP with the documents in
 * {@code graphql-test/}, answered from the graph loaded from the data files, to a viewer's API key. Run against the embedded engine and
 * against a Neo4j server.
 */
abstract class ApiSuite {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	/** As a viewer with an API key: what every reader may see, internal facts left out. */
	@BeforeEach
	void connect() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void theStatedMissingAgreementAroundDelprojekt24And28CarriesItsQuoteAndFile() {
		var gaps = this.graphQl.documentName("agreementGaps").variable("asOf", "2024-06-01").execute();
		List<String> stated = gaps.path("agreementGaps.stated[*].cooperation.id").entityList(String.class).get();
		assertThat(stated).contains("assignment-delprojekt-24", "assignment-delprojekt-28");
		String gap = "agreementGaps.stated[?(@.cooperation.id == 'assignment-delprojekt-28')]";
		assertThat(gaps.path(gap + ".evidence[0].quote").entityList(String.class).get()).singleElement()
			.satisfies(quote -> assertThat(quote).contains("da formella avtal mellan berorda regioner saknas"));
		assertThat(gaps.path(gap + ".evidence[0].document.file").entityList(String.class).get())
			.containsExactly("001_bd743661f471e690.txt");
		assertThat(gaps.path(gap + ".evidence[0].line").entityList(Integer.class).get()).containsExactly(85);
		assertThat(gaps.path(gap + ".missingAgreement.status").entityList(String.class).get())
			.containsExactly("STATED_MISSING");
		// The parties of the missing agreement stand on either side of the border, though the subproject names none.
		assertThat(gaps.path(gap + ".organisations[*].id").entityList(String.class).get())
			.contains("region-skane", "region-blekinge", "region-kronoberg", "region-halland");
	}

	@Test
	void aFlowAndTheSubprojectItRunsViaAreOneCooperationListedAndCountedOnce() {
		var gaps = this.graphQl.documentName("agreementGaps").variable("asOf", "2024-06-01").execute();
		String flow = "agreementGaps.stated[?(@.cooperation.id == 'flow-delprojekt-24-benign-gynekologi')]";
		assertThat(gaps.path(flow + ".describedBy[*].cooperation.id").entityList(String.class).get())
			.containsExactly("assignment-delprojekt-24");
		assertThat(gaps.path(flow + ".describes").entityList(Object.class).get()).containsOnlyNulls();
		assertThat(gaps.path("agreementGaps.stated[?(@.cooperation.id == 'assignment-delprojekt-24')].describes")
			.entityList(String.class).get()).containsExactly("gap-stated-flow-delprojekt-24-benign-gynekologi");
		// Listed once: the stated gaps that describe no other are the cooperations, and Skåne counts each once.
		List<String> listed = gaps.path("agreementGaps.stated[?(@.describes == null)].cooperation.id").entityList(String.class)
			.get();
		assertThat(listed).doesNotContain("assignment-delprojekt-24", "assignment-delprojekt-28");
		gaps.path("agreementGaps.perRegion[?(@.region.id == 'region-skane')].stated").entityList(Integer.class)
			.containsExactly(listed.size());
	}

	@Test
	void derivedGapsAreKeptApartFromStatedOnesAndSayWhy() {
		var gaps = this.graphQl.documentName("agreementGaps").variable("asOf", "2024-06-01").execute();
		List<String> derived = gaps.path("agreementGaps.derived[*].cooperation.id").entityList(String.class).get();
		List<String> stated = gaps.path("agreementGaps.stated[*].cooperation.id").entityList(String.class).get();
		// Patients coordinated to private providers cross the border between a region and private providers.
		assertThat(derived).contains("flow-skane-till-privata-vardgivare").doesNotContainAnyElementsOf(stated);
		List<String> reasons = gaps.path("agreementGaps.derived[*].reason").entityList(String.class).get();
		assertThat(reasons).allSatisfy(reason -> assertThat(reason).contains("korsar organisationsgränser"));
		gaps.path("agreementGaps.perRegion[?(@.region.id == 'region-skane')].stated").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.getFirst()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void gapsCanBeNarrowedToOneRegion() {
		var all = this.graphQl.documentName("agreementGaps").variable("asOf", "2024-06-01").execute();
		var blekinge = this.graphQl.documentName("agreementGaps").variable("asOf", "2024-06-01")
			.variable("region", "region-blekinge").execute();
		for (String kind : List.of("stated", "derived")) {
			List<Map<String, Object>> gaps = blekinge.path("agreementGaps." + kind).entityList(mapType()).get();
			assertThat(gaps).as(kind).isNotEmpty().allSatisfy(gap -> assertThat(ids(gap.get("organisations")))
				.as(gap.get("id").toString()).contains("region-blekinge"));
		}
		List<String> narrowed = gapIds(blekinge);
		// Gaps involving Blekinge only: Skåne's flow to private providers is left out.
		assertThat(gapIds(all)).containsAll(narrowed).contains("gap-derived-flow-skane-till-privata-vardgivare");
		assertThat(narrowed).contains("gap-stated-assignment-delprojekt-24", "gap-derived-group-sodra-chefssamrad")
			.doesNotContain("gap-derived-flow-skane-till-privata-vardgivare");
	}

	@Test
	void aDateLeftOutIsTodayByTheApplicationsClock() {
		// The tests fix the clock at 2026-06-01 (GraphApplicationTest).
		this.graphQl.documentName("agreementGaps").execute().path("agreementGaps.asOf").entity(String.class)
			.isEqualTo("2026-06-01");
		List<String> programmes = this.graphQl.documentName("network").variable("kinds", List.of("PROGRAMME")).execute()
			.path("network.nodes[*].id").entityList(String.class).get();
		assertThat(programmes).contains("programme-orebro-verksamhetsplan-budget-2026");
	}

	@Test
	void aNodeShowsItsEvidenceWithDocumentLineAndQuote() {
		var node = this.graphQl.documentName("nodeWithEvidence").variable("id", "assignment-orebro-nr-9").execute();
		node.path("node.__typename").entity(String.class).isEqualTo("Assignment");
		node.path("node.evidence[0].document.file").entity(String.class).isEqualTo("003_0b77e12a23ac1c02.txt");
		node.path("node.evidence[0].quote").entity(String.class)
			.satisfies(quote -> assertThat(quote).contains("elektiva ingrepp på Karlskoga"));
		node.path("node.evidence[0].locator").entity(String.class).satisfies(l -> assertThat(l).startsWith("rad 88"));
		List<String> targets = node.path("node.relations[?(@.type == 'TARGETS')].other.id").entityList(String.class).get();
		assertThat(targets).containsExactlyInAnyOrder("hospital-karlskoga", "hospital-lindesberg");
	}

	@Test
	void anUnknownIdIsNull() {
		this.graphQl.documentName("nodeWithEvidence").variable("id", "no-such-node").execute()
			.path("node").valueIsNull();
	}

	@Test
	void assignmentsReportedAsNotCompletedAndTheHospitalsTheyTarget() {
		var result = this.graphQl.documentName("notCompletedAssignments").variable("asOf", "2025-12-31").execute();
		List<String> ids = result.path("assignments.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).contains("assignment-orebro-nr-9", "assignment-orebro-nr-10")
			.doesNotContain("assignment-orebro-ber-2");
		List<String> targets = result.path("assignments.edges[*].node.targets[*].other.id").entityList(String.class).get();
		assertThat(targets).contains("hospital-karlskoga", "hospital-lindesberg", "hospital-uso");
		// Before the 2025 report no status said "not completed".
		List<String> before = this.graphQl.documentName("notCompletedAssignments").variable("asOf", "2024-01-01")
			.execute().path("assignments.edges[*].node.id").entityList(String.class).get();
		assertThat(before).doesNotContain("assignment-orebro-nr-9");
	}

	@Test
	void searchFindsSwedishTextCaseAndAccentInsensitively() {
		List<String> upper = search("LINDESBERG");
		assertThat(upper).contains("hospital-lindesberg");
		// The OCR source spells "nivåstrukturering" without å; both spellings meet.
		assertThat(search("nivåstrukturering")).isNotEmpty().containsExactlyInAnyOrderElementsOf(search("nivastrukturering"));
		assertThat(search("nivåstruk")).containsExactlyInAnyOrderElementsOf(search("nivastruk"));
		assertThat(search("Skåne")).contains("region-skane");
	}

	@Test
	void searchPutsTheNameOrAliasTypedFirstAndFindsHyphenatedNames() {
		assertThat(search("SUS")).first().isEqualTo("hospital-sus");
		assertThat(search("Skånes universitetssjukhus")).first().isEqualTo("hospital-sus");
		assertThat(search("Lindesbergs lasarett")).first().isEqualTo("hospital-lindesberg");
		assertThat(search("RF-SISU")).contains("agreement-orebro-god-jamlik-halsa-2024-2029");
	}

	// search (issue 12): exact names and aliases, then names that begin with the text, whatever the case, accents
	// and punctuation; hyphenated names by their whole text and by their parts.
	@Test
	void searchRanksExactThenPrefixNamesFirstAndFindsPunctuatedNamesWholeAndByParts() {
		assertThat(search("skanes UNIVERSITETSSJUKHUS")).first().isEqualTo("hospital-sus");
		assertThat(search("sus")).first().isEqualTo("hospital-sus");
		assertThat(search("RF-SISU")).first().isEqualTo("body-rf-sisu-orebro-lan");
		assertThat(search("rf sisu")).first().isEqualTo("body-rf-sisu-orebro-lan");
		assertThat(search("RF-SISU Örebro län")).first().isEqualTo("body-rf-sisu-orebro-lan");
		assertThat(search("SISU")).contains("body-rf-sisu-orebro-lan");
		assertThat(search("RF")).contains("body-rf-sisu-orebro-lan");
		assertThat(search("Region Jönköpings län")).first().isEqualTo("region-jonkoping");
		assertThat(search("Sjukvårdsregion Mellansverige")).first().isEqualTo("hr-mellansverige");
		assertThat(search("Uppsala-Örebro")).first().isEqualTo("hr-mellansverige");
		assertThat(search("Mellansverige")).first().isEqualTo("hr-mellansverige");
		assertThat(search("Delprojekt 24")).first().isEqualTo("assignment-delprojekt-24");
		// The name Växjö sjukhus had until 2025.
		assertThat(search("Centrallasarettet Växjö")).first().isEqualTo("hospital-vaxjo");
		// Hits that rank alike come in one order, every time.
		assertThat(search("lasarett")).isNotEmpty().isEqualTo(search("lasarett"));
	}

	@Test
	void searchTakesHostileTextLiterally() {
		assertThat(search("\"(urologi AND :* ~ \\")).contains("care-urologi");
		assertThat(search("*** ??? ")).isEmpty();
		for (String text : List.of("\"", "(", "*", ")", "[", "{", "~", "^", "\\", "/", ":", "&&", "||", "!", "-", "+")) {
			assertThat(search(text)).as(text).isEmpty();
		}
		// Operator words typed say nothing: no error, and they do not turn the query into an operation.
		assertThat(search("AND")).isEmpty();
		assertThat(search("NOT urologi")).contains("care-urologi");
		assertThat(search("urologi OR")).contains("care-urologi");
	}

	@Test
	void searchHitsPageThroughEveryHitInTheOrderOfSearch() {
		List<String> paged = new ArrayList<>();
		String after = null;
		int total = -1;
		do {
			var page = this.graphQl.documentName("searchHits").variable("text", "region").variable("first", 7)
				.variable("after", after).execute();
			paged.addAll(page.path("searchHits.edges[*].node.node.id").entityList(String.class).get());
			total = page.path("searchHits.totalCount").entity(Integer.class).get();
			after = page.path("searchHits.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("searchHits.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(paged).hasSize(total).doesNotHaveDuplicates();
		assertThat(total).as("a broad search has more hits than a page").isGreaterThan(20);
		List<String> best = this.graphQl.documentName("search").variable("text", "region").variable("first", 100)
			.execute().path("search[*].node.id").entityList(String.class).get();
		assertThat(paged.subList(0, Math.min(100, total))).isEqualTo(best);
	}

	@Test
	void searchHitsRefuseACursorTheyDidNotHandOutNamingAfter() {
		for (String after : List.of("nonsense", "SzFuMTs")) {
			this.graphQl.documentName("searchHits").variable("text", "region").variable("after", after).execute()
				.errors().satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "after");
				});
		}
	}

	@Test
	void searchRejectsAnOutOfRangeLimitNamingTheArgument() {
		this.graphQl.documentName("search").variable("text", "SUS").variable("first", 1000).execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).startsWith("first:");
				assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "first");
			});
	}

	@Test
	void theNetworkCarriesWhatAMapNeedsToDrawIt() {
		var network = this.graphQl.documentName("network").variable("asOf", "2024-06-01").execute();
		List<Map<String, Object>> nodes = network.path("network.nodes").entityList(mapType()).get();
		assertThat(nodes).hasSizeGreaterThan(100);
		assertThat(nodes).filteredOn(n -> n.get("id").equals("hospital-sus")).singleElement()
			.satisfies(sus -> {
				assertThat(sus).containsEntry("parent", "region-skane").containsEntry("kind", "HOSPITAL")
					.containsEntry("unsourced", false);
				assertThat(sus.get("latitude")).isNotNull();
			});
		// Regions and healthcare regions sit where their hospitals are, so a geographic layout can place them.
		assertThat(nodes).filteredOn(n -> n.get("id").equals("region-orebro")).singleElement()
			.satisfies(orebro -> assertThat((Double) orebro.get("latitude")).isBetween(59.0, 59.7));
		assertThat(nodes).noneMatch(n -> n.get("kind").equals("DOCUMENT"));
		List<String> gapEdges = network.path("network.edges[?(@.gap == 'STATED')].target").entityList(String.class).get();
		assertThat(gapEdges).contains("assignment-delprojekt-24");
	}

	@Test
	void theNetworkFollowsItsFilters() {
		List<Map<String, Object>> orebro = this.graphQl.documentName("network")
			.variable("regions", List.of("region-orebro")).variable("kinds", List.of("HOSPITAL")).execute()
			.path("network.nodes").entityList(mapType()).get();
		assertThat(orebro).extracting(n -> n.get("id"))
			.containsExactlyInAnyOrder("hospital-uso", "hospital-karlskoga", "hospital-lindesberg");
		List<String> urology = this.graphQl.documentName("network").variable("careAreas", List.of("care-urologi"))
			.execute().path("network.nodes[*].id").entityList(String.class).get();
		assertThat(urology).contains("assignment-delprojekt-28", "care-urologi").doesNotContain("hospital-karlskoga");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRegionsNetworkHoldsWhatItRunsAndItsPartnersButNotWhatThePartnersRun() {
		List<Map<String, Object>> blekinge = this.graphQl.documentName("network")
			.variable("regions", List.of("region-blekinge")).execute().path("network.nodes").entityList(mapType()).get();
		assertThat(blekinge).extracting(n -> n.get("id"))
			.contains("hospital-blekingesjukhuset", "group-sodra-chefssamrad", "region-skane")
			.doesNotContain("hospital-sus", "hospital-csk");
		// A partner region involves itself only, not the regions it cooperates with.
		assertThat(blekinge).filteredOn(n -> n.get("id").equals("region-skane")).singleElement()
			.satisfies(skane -> assertThat(skane.get("regions")).isEqualTo(List.of("region-skane")));
		List<Map<String, Object>> sodra = this.graphQl.documentName("network")
			.variable("healthcareRegions", List.of("hr-sodra")).execute().path("network.nodes").entityList(mapType()).get();
		// A healthcare region involves its member regions, and so does a flow between its hospitals.
		assertThat(sodra).filteredOn(n -> n.get("id").equals("hr-sodra")).singleElement()
			.satisfies(hr -> assertThat((List<Object>) hr.get("regions"))
				.containsExactlyInAnyOrder("region-skane", "region-blekinge", "region-kronoberg", "region-halland"));
		assertThat(sodra).filteredOn(n -> n.get("id").equals("flow-delprojekt-28-urologi")).singleElement()
			.satisfies(flow -> assertThat((List<Object>) flow.get("regions")).contains("region-skane", "region-blekinge"));
	}

	@Test
	void theNetworkOnADateLeavesOutWhatWasNotYetValid() {
		List<String> in2009 = this.graphQl.documentName("network").variable("asOf", "2009-06-01").execute()
			.path("network.nodes[*].id").entityList(String.class).get();
		List<String> in2024 = this.graphQl.documentName("network").variable("asOf", "2024-06-01").execute()
			.path("network.nodes[*].id").entityList(String.class).get();
		assertThat(in2024).contains("hospital-sus");
		assertThat(in2009).isNotEmpty().doesNotContain("hospital-sus");
	}

	@Test
	void theNeighbourhoodGrowsWithDepthAndRefusesTooDeep() {
		List<String> one = neighbourhood(1);
		List<String> two = neighbourhood(2);
		assertThat(one).contains("hospital-lindesberg", "region-orebro");
		assertThat(two).containsAll(one).hasSizeGreaterThan(one.size());
		this.graphQl.documentName("neighbourhood").variable("id", "hospital-lindesberg").variable("depth", 9).execute()
			.errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "depth"));
	}

	@Test
	void changesBetweenTwoDatesListAddedRemovedAndChanged() {
		var changes = this.graphQl.documentName("changes").variable("from", "2023-06-01").variable("to", "2025-12-31").execute();
		List<String> added = changes.path("changes.added[*].id").entityList(String.class).get();
		assertThat(added).contains("facility-csk-regional-produktionssal");
		List<String> changed = changes.path("changes.changed[*].description").entityList(String.class).get();
		assertThat(changed).anyMatch(d -> d.contains("NOT_COMPLETED")).anyMatch(d -> d.startsWith("namn:"));
		List<Map<String, Object>> values = changes.path("changes.changed").entityList(mapType()).get();
		assertThat(values).anySatisfy(c -> assertThat(c).containsEntry("field", "status").containsEntry("after", "NOT_COMPLETED"))
			.anySatisfy(c -> assertThat(c).containsEntry("field", "name").doesNotContainEntry("after", null));
		List<Map<String, Object>> relations = changes.path("changes.added").entityList(mapType()).get().stream()
			.filter(c -> "RELATION".equals(c.get("elementType"))).toList();
		assertThat(relations).isNotEmpty().allSatisfy(c -> assertThat(c.get("sourceName")).isNotNull())
			.allSatisfy(c -> assertThat(c.get("targetName")).isNotNull());
		this.graphQl.documentName("changes").variable("from", "2025-01-01").variable("to", "2024-01-01").execute()
			.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).startsWith("from:"));
	}

	@Test
	void theTimelineListsTheDatesTheDataKnowsInOrder() {
		List<String> dates = this.graphQl.documentName("timeline").execute().path("timeline[*].date")
			.entityList(String.class).get();
		assertThat(dates).contains("2022-06-23", "2023-10-19").isSorted();
	}

	@Test
	void whoAHospitalCooperatesWith() {
		var cooperation = this.graphQl.documentName("cooperation").variable("hospital", "hospital-sus").execute();
		List<String> partners = cooperation.path("cooperation.partners[*].partner.id").entityList(String.class).get();
		assertThat(partners).contains("hospital-trelleborg", "hospital-ystad");
		List<String> areas = cooperation.path("cooperation.careAreas[*].id").entityList(String.class).get();
		assertThat(areas).contains("care-ortopedi", "care-benign-gynekologi");
		cooperation.path("cooperation.hospital.region.id").entity(String.class).isEqualTo("region-skane");
	}

	@Test
	void singlePointsOfDependencyNameTheOneChannelAndWhy() {
		var result = this.graphQl.documentName("singlePointsOfDependency").execute();
		List<Map<String, Object>> dependencies = result.path("singlePointsOfDependency").entityList(mapType()).get();
		assertThat(dependencies).isNotEmpty();
		assertThat(result.path("singlePointsOfDependency[*].reason").entityList(String.class).get())
			.allSatisfy(reason -> assertThat(reason).contains("enbart genom"));
	}

	@Test
	void hospitalsArePagedWithCursors() {
		var first = this.graphQl.documentName("hospitalsPage").variable("first", 4).execute();
		List<String> page1 = first.path("hospitals.edges[*].node.id").entityList(String.class).get();
		first.path("hospitals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("hospitals.pageInfo.endCursor").entity(String.class).get();
		List<String> page2 = this.graphQl.documentName("hospitalsPage").variable("first", 4).variable("after", cursor)
			.execute().path("hospitals.edges[*].node.id").entityList(String.class).get();
		List<String> all = this.graphQl.documentName("hospitalsPage").variable("first", 100).execute()
			.path("hospitals.edges[*].node.id").entityList(String.class).get();
		assertThat(page1).hasSize(4);
		assertThat(page2).hasSize(4).doesNotContainAnyElementsOf(page1);
		assertThat(all.subList(0, 8)).containsExactlyElementsOf(java.util.stream.Stream.concat(page1.stream(), page2.stream()).toList());
	}

	@Test
	void healthcareRegionsRegionsAndTheirHospitals() {
		var result = this.graphQl.documentName("organisations").execute();
		assertThat(result.path("healthcareRegions[*].id").entityList(String.class).get()).hasSize(6).contains("hr-mellansverige");
		List<String> sodra = result.path("regions[*].id").entityList(String.class).get();
		assertThat(sodra).containsExactlyInAnyOrder("region-skane", "region-blekinge", "region-kronoberg", "region-halland");
		assertThat(result.path("regions[?(@.id == 'region-halland')].healthcareRegions[*].id").entityList(String.class).get())
			.contains("hr-sodra", "hr-vastra");
	}

	@Test
	void typedListsFilterByKindStatusAndCareArea() {
		var result = this.graphQl.documentName("typedLists").execute();
		assertThat(result.path("groups.edges[*].node.participants[*].id").entityList(String.class).get())
			.contains("region-skane", "region-blekinge");
		assertThat(result.path("agreements.edges[*].node.id").entityList(String.class).get())
			.containsExactly("agreement-sodra-nivastrukturering-saknas");
		assertThat(result.path("flows.edges[*].node.id").entityList(String.class).get())
			.contains("flow-sus-trelleborg-ystad-akut-ortopedi");
		assertThat(result.path("documents[*].file").entityList(String.class).get())
			.contains("001_bd743661f471e690.txt", "002_9900251d3cfe314b.txt", "003_0b77e12a23ac1c02.txt");
	}

	private List<String> search(String text) {
		return this.graphQl.documentName("search").variable("text", text).execute()
			.path("search[*].node.id").entityList(String.class).get();
	}

	private List<String> neighbourhood(int depth) {
		return this.graphQl.documentName("neighbourhood").variable("id", "hospital-lindesberg").variable("depth", depth)
			.execute().path("neighbourhood.nodes[*].id").entityList(String.class).get();
	}

	private static List<String> gapIds(GraphQlTester.Response report) {
		List<String> ids = new ArrayList<>(report.path("agreementGaps.stated[*].id").entityList(String.class).get());
		ids.addAll(report.path("agreementGaps.derived[*].id").entityList(String.class).get());
		return ids;
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object nodes) {
		return ((List<Map<String, Object>>) nodes).stream().map(node -> (String) node.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
