package se.samverkanskartan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import graphql.parser.ParserOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * Internal facts of every kind, made through the API by an editor, reach no viewer and no anonymous reader (with
 * anonymous read on), by any path: every root field with everything nested under it (built from the schema itself,
 * {@link SchemaWalk}), every export and the {@code graphChanged} subscription. Each internal fact carries the marker
 * {@value #SECRET} in its id, name, description and quotes, so that finding the marker anywhere in an answer is a
 * leak. Facts made internal only after they were created carry {@value #LATER} instead (their creation went out
 * live while they were public).
 */
@GraphApplicationTest
// Its own application: anonymous read on, and limits wide enough for a walk that selects every field at once.
@TestPropertySource(properties = { "samverkanskartan.security.anonymous-read=true",
		"samverkanskartan.api.limits.max-depth=60", "samverkanskartan.api.limits.max-cost=1000000000000",
		"samverkanskartan.api.limits.max-request-size=10MB", "samverkanskartan.api.limits.timeout=120s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalFactsStayInternalTest {

	static final String SECRET = "zq7";

	/** The refusal of an id no node has, which echoes only the id the caller sent. */
	private static final java.util.regex.Pattern UNKNOWN_ID = java.util.regex.Pattern
		.compile("\\w+: no [\\w ,]+ has the id '[a-z0-9-]+'");

	static final String LATER = "qx9";

	private static final String QUOTE = "Citat zq7 ur ett internt dokument om Ystad";

	private static final String BINDING = "agreement-sodra-samverkansavtal";

	private static final String MISSING = "agreement-sodra-nivastrukturering-saknas";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final BlockingQueue<String> liveToViewer = new LinkedBlockingQueue<>();

	private Disposable subscription;

	private String gapsBefore;

	private String dependenciesBefore;

	private String internalClaim;

	private final List<String> derivedFlows = new ArrayList<>();

	private final ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions();

	@BeforeAll
	void makeInternalFactsOfEveryKind() throws Exception {
		// The walk's documents have more tokens than graphql-java's guard against huge documents lets through; the
		// application runs in this JVM, so the guard is widened here for this class and put back after it.
		ParserOptions.setDefaultOperationParserOptions(this.parserOptions.transform(options -> options.maxTokens(10_000_000)));
		// Public flows across a regional border without an agreement: derived gaps, before anything internal exists.
		for (int i = 0; i < 5; i++) {
			String flow = "test-flow-" + i;
			create("createNode", Map.of("kind", "FLOW", "id", flow, "name", "Gränsflöde " + i, "validFrom", "2020",
					"properties", props("subject", "PATIENTS")));
			create("createRelation", Map.of("type", "FROM", "from", flow, "to", "hospital-ystad"));
			create("createRelation", Map.of("type", "TO", "from", flow, "to", "hospital-lindesberg"));
			this.derivedFlows.add(flow);
		}
		this.gapsBefore = viewerGaps();
		this.dependenciesBefore = post(viewer(), DEPENDENCIES).toString();
		assertThat(this.gapsBefore).as("the flows are derived gaps").contains(this.derivedFlows);
		subscribeAsViewer();

		node("HEALTHCARE_REGION", "hr");
		node("REGION", "region", "code", "99");
		node("MUNICIPALITY", "municipality", "code", "9999");
		node("HOSPITAL", "hospital", "city", "Hemlunda", "latitude", "55.5", "longitude", "13.5");
		node("UNIT", "unit", "specialty", "zq7-kirurgi");
		node("FACILITY", "facility", "facilityKind", "PRODUCTION_THEATRE");
		node("PRIVATE_PROVIDER", "provider");
		node("BODY", "body", "bodyKind", "NAMND");
		node("GROUP", "group", "groupKind", "TEAM");
		node("PROGRAMME", "programme", "programmeKind", "PLAN");
		node("ASSIGNMENT", "assignment", "number", "zq7-1", "assignmentKind", "DELPROJEKT");
		node("AGREEMENT", "agreement", "agreementKind", "SAMVERKANSAVTAL", "binding", "true", "status", "IN_FORCE");
		node("FLOW", "flow", "subject", "PATIENTS");
		node("CARE_AREA", "care-area");
		node("DECISION", "decision", "date", "2024-01-01", "paragraph", "§ zq7");
		node("DOCUMENT", "document", "documentKind", "EXTERNAL", "url", "https://intra.example.org/zq7");
		// A draft agreement is as internal as an internal fact.
		create("createNode", Map.of("kind", "AGREEMENT", "id", "zq7-draft", "name", "Utkast zq7", "validFrom", "2020",
				"properties", props("status", "DRAFT", "binding", "true")));

		// Public relationships to the internal nodes, from the public facts every read starts at.
		relation("MEMBER_OF", "region-skane", "zq7-hr", false);
		relation("OPERATES", "zq7-region", "hospital-ystad", false);
		relation("PART_OF", "zq7-municipality", "region-skane", false);
		relation("OPERATES", "region-skane", "zq7-hospital", false);
		relation("PART_OF", "zq7-unit", "hospital-sus", false);
		relation("SUPPORTS", "zq7-facility", "hospital-lindesberg", false);
		relation("PARTICIPATES_IN", "zq7-provider", "group-skane-opti", false);
		relation("LEADS", "zq7-body", "group-skane-opti", false);
		relation("PARTICIPATES_IN", "hospital-ystad", "zq7-group", false);
		relation("PARTICIPATES_IN", "region-skane", "zq7-group", false);
		relation("PART_OF", "assignment-delprojekt-28", "zq7-programme", false);
		relation("TARGETS", "zq7-assignment", "hospital-sus", false);
		relation("PARTY_TO", "region-skane", "zq7-agreement", false);
		relation("GOVERNS", "zq7-agreement", this.derivedFlows.get(0), false);
		relation("FROM", "zq7-flow", "hospital-lindesberg", false);
		relation("TO", "zq7-flow", "hospital-sus", false);
		relation("CONCERNS", "group-skane-opti", "zq7-care-area", false);
		relation("DECIDED_BY", "zq7-decision", "body-skane-hsn", false);
		relation("PARTY_TO", "region-orebro", "zq7-draft", false);

		// Internal relationships between public facts, where they would change what viewers are told.
		create("createRelation", Map.of("type", "PARTICIPATES_IN", "id", "zq7-participation", "from", "hospital-lindesberg",
				"to", "group-skane-opti", "internal", true));
		create("createRelation", Map.of("type", "GOVERNS", "id", "zq7-governs-binding", "from", BINDING, "to",
				this.derivedFlows.get(1), "internal", true));
		create("createRelation", Map.of("type", "GOVERNS", "id", "zq7-governs-missing", "from", MISSING, "to",
				this.derivedFlows.get(2), "internal", true));
		create("createRelation", Map.of("type", "VIA", "id", "zq7-via", "from", this.derivedFlows.get(3), "to",
				"zq7-group", "internal", false));
		create("createRelation", Map.of("type", "GOVERNS", "id", "zq7-governs-group", "from", BINDING, "to", "zq7-group"));
		create("createRelation", Map.of("type", "CONCERNS", "id", "zq7-concerns", "from", "group-skane-opti", "to",
				"care-urologi", "internal", true));

		// Evidence from the internal document, on a public hospital and a public relationship.
		this.internalClaim = attach("hospital-ystad", "avsnitt zq7");
		attach("test-concerns-public", "avsnitt 2 zq7");

		// Facts made internal after they were created public.
		create("createNode", Map.of("kind", "CARE_AREA", "id", "qx9-later", "name", "Senare dold qx9", "description",
				"Beskrivning qx9", "validFrom", "2020"));
		create("updateNode", Map.of("id", "qx9-later", "version", 1, "internal", true));
		create("createRelation", Map.of("type", "PARTICIPATES_IN", "id", "qx9-later-participation", "from",
				"hospital-ystad", "to", "group-skane-opti"));
		create("updateRelation", Map.of("id", "qx9-later-participation", "version", 1, "internal", true));

		// Public, and no longer in force: what ended governs nothing today.
		create("createNode", Map.of("kind", "GROUP", "id", "test-governed-group", "name", "Styrd grupp", "validFrom", "2000",
				"properties", props("groupKind", "TEAM")));
		create("createRelation", Map.of("type", "GOVERNS", "from", BINDING, "to", "test-governed-group"));
		create("createRelation", Map.of("type", "VIA", "from", this.derivedFlows.get(4), "to", "test-governed-group",
				"validFrom", "2015", "validTo", "2021"));
		create("createRelation", Map.of("type", "GOVERNS", "from", BINDING, "to", this.derivedFlows.get(0), "validFrom",
				"2015", "validTo", "2021"));

		awaitLive("test-live-end");
	}

	@AfterAll
	void putBack() {
		ParserOptions.setDefaultOperationParserOptions(this.parserOptions);
		if (this.subscription != null) {
			this.subscription.dispose();
		}
	}

	@Test
	void theEditorSeesTheInternalFactsTheWalkLooksFor() throws Exception {
		JsonNode ystad = post(editor(), "{ node(id: \"hospital-ystad\") { evidence { quote } relations { id } } }");
		assertThat(ystad.toString()).contains(QUOTE, "zq7-region", "qx9-later-participation");
		assertThat(post(editor(), "{ claim(id: \"" + this.internalClaim + "\") { quote } }").at("/data/claim/quote").asString())
			.isEqualTo(QUOTE);
	}

	@Test
	void everyRootFieldWithEverythingUnderItShowsViewersNoInternalFact() throws Exception {
		walk(viewer());
	}

	@Test
	void everyRootFieldWithEverythingUnderItShowsAnonymousReadersNoInternalFact() throws Exception {
		walk(new String[0]);
	}

	@Test
	void aPublicFactWithEvidenceFromAnInternalDocumentStillOpensWithoutTheQuote() throws Exception {
		JsonNode ystad = post(viewer(), "{ node(id: \"hospital-ystad\") { id name evidence { quote document { id } } } }");
		assertThat(ystad.path("errors").isMissingNode()).as(ystad.toString()).isTrue();
		assertThat(ystad.at("/data/node/name").asString()).isEqualTo("Lasarettet i Ystad");
		assertThat(ystad.at("/data/node/evidence").isEmpty()).isFalse();
		assertThat(ystad.toString()).doesNotContain(SECRET);

		JsonNode search = post(viewer(), "{ search(text: \"Citat ur ett internt dokument om Ystad\") { node { id } matched } }");
		assertThat(search.toString()).doesNotContain(SECRET);
	}

	@Test
	void theClaimOfAnInternalDocumentIsNotThereForViewers() throws Exception {
		for (String[] caller : List.of(viewer(), new String[0])) {
			JsonNode claim = post(caller, "{ claim(id: \"" + this.internalClaim + "\") { quote document { id } } }");
			assertThat(claim.at("/data/claim").isNull()).as(claim.toString()).isTrue();
			assertThat(claim.path("errors").isMissingNode()).as(claim.toString()).isTrue();
		}
	}

	@Test
	void aFactMadeInternalLaterTakesItsEarlierAuditEntriesWithIt() throws Exception {
		for (String id : List.of("qx9-later", "qx9-later-participation")) {
			JsonNode trail = post(viewer(), "{ auditTrail(entityId: \"" + id + "\") { edges { node { action after } } } }");
			assertThat(trail.at("/data/auditTrail/edges").isEmpty()).as(trail.toString()).isTrue();
		}
		JsonNode ystad = post(viewer(), "{ node(id: \"hospital-ystad\") { history { entityId action after } } }");
		assertThat(ystad.toString()).doesNotContain(LATER).doesNotContain(SECRET);
	}

	@Test
	void internalAndEndedStepsChangeNoGapAndNoDependencyForViewers() throws Exception {
		assertThat(viewerGaps()).isEqualTo(this.gapsBefore);
		assertThat(post(viewer(), DEPENDENCIES).toString()).isEqualTo(this.dependenciesBefore);
	}

	@Test
	void theSubscriptionToldViewersNothingInternal() {
		assertThat(this.liveToViewer).isNotEmpty()
			.noneMatch(event -> event.contains(SECRET))
			.noneMatch(event -> event.contains(this.internalClaim));
	}

	@Test
	void viewersDownloadNoExport() throws Exception {
		for (String path : List.of("/export/graph.json", "/export/graph.graphml", "/export/Hospital.csv",
				"/export/relations.csv")) {
			for (String[] caller : List.of(viewer(), new String[0])) {
				HttpResponse<String> response = get(path, caller);
				assertThat(response.statusCode()).as(path).isIn(401, 403);
				assertThat(response.body()).doesNotContain(SECRET);
			}
		}
	}

	private static final String DEPENDENCIES = "{ singlePointsOfDependency { hospital { id } careArea { id name } through { id name } } }";

	private String viewerGaps() throws Exception {
		return post(viewer(), """
				{ agreementGaps { stated { cooperation { id } organisations { id } missingAgreement { id } }
				  derived { cooperation { id } organisations { id } } perRegion { region { id } stated derived } } }""")
			.toString();
	}

	/** Every root field, with arguments that reach the internal facts and the public ones around them. */
	private void walk(String[] caller) throws Exception {
		SchemaWalk schema = new SchemaWalk(JSON.convertValue(post(caller, SchemaWalk.INTROSPECTION).get("data"), Map.class));
		Map<String, List<String>> arguments = arguments();
		List<String> walked = new ArrayList<>();
		for (Map.Entry<String, Boolean> root : schema.rootFields().entrySet()) {
			List<String> argumentSets = arguments.getOrDefault(root.getKey(), List.of(""));
			assertThat(root.getValue() && !arguments.containsKey(root.getKey()))
				.as("the walk needs sample arguments for the root field " + root.getKey()).isFalse();
			for (String args : argumentSets) {
				String query = schema.query(root.getKey(), args);
				JsonNode answer = post(caller, query);
				// The audit trail is for signed-in users; anonymous readers are refused it, field by field. An internal
				// id given as an argument is refused as one that no node has: the refusal tells nothing of the fact.
				StringBuilder told = new StringBuilder(answer.path("data").toString());
				for (JsonNode error : answer.path("errors")) {
					String classification = error.at("/extensions/classification").asString();
					boolean unknown = "BAD_REQUEST".equals(classification)
							&& UNKNOWN_ID.matcher(error.path("message").asString()).matches();
					assertThat(caller.length == 0 && "UNAUTHORIZED".equals(classification) || unknown)
						.as(root.getKey() + args + ": " + error).isTrue();
					if (!unknown) {
						told.append(error);
					}
				}
				String text = told.toString().toLowerCase();
				assertThat(text).as(root.getKey() + args).doesNotContain(SECRET).doesNotContain(LATER);
				walked.add(root.getKey());
			}
		}
		assertThat(walked).contains("node", "search", "searchHits", "claim", "auditTrail", "network", "agreementGaps",
				"singlePointsOfDependency", "cooperation", "documents", "changes", "timeline");
	}

	private Map<String, List<String>> arguments() {
		List<String> ids = List.of("hospital-ystad", "hospital-sus", "hospital-lindesberg", "region-skane", "region-orebro",
				"group-skane-opti", "body-skane-hsn", "assignment-delprojekt-28", "care-urologi", "hr-sodra", BINDING,
				MISSING, this.derivedFlows.get(0), this.derivedFlows.get(1), "zq7-hospital", "zq7-document", "zq7-flow",
				"qx9-later", "zq7-draft");
		Map<String, List<String>> arguments = new LinkedHashMap<>();
		arguments.put("node", ids.stream().map(id -> "(id: \"" + id + "\")").toList());
		arguments.put("nodes", List.of("(ids: [" + String.join(", ", ids.stream().map(id -> "\"" + id + "\"").toList()) + "])"));
		arguments.put("search", List.of("(text: \"zq7\", first: 100)", "(text: \"qx9\", first: 100)",
				"(text: \"Citat ur ett internt dokument om Ystad\", first: 100)", "(text: \"Ystad\", first: 100)",
				"(text: \"Hemlunda\", first: 100)", "(text: \"sjukhus\", first: 100)"));
		arguments.put("searchHits", arguments.get("search"));
		arguments.put("neighbourhood", List.of("(id: \"hospital-ystad\", depth: 2)", "(id: \"group-skane-opti\", depth: 2)",
				"(id: \"region-skane\", depth: 1)", "(id: \"zq7-group\", depth: 1)"));
		arguments.put("cooperation", List.of("(hospital: \"hospital-ystad\")", "(hospital: \"hospital-sus\")",
				"(hospital: \"hospital-lindesberg\")", "(hospital: \"zq7-hospital\")"));
		arguments.put("claim", List.of("(id: \"" + this.internalClaim + "\")"));
		arguments.put("changes", List.of("(from: \"2000-01-01\", to: \"2026-06-01\")"));
		arguments.put("auditTrail", List.of("(first: 100)", "(entityId: \"hospital-ystad\", first: 100)",
				"(entityId: \"group-skane-opti\", first: 100)", "(entityId: \"zq7-document\", first: 100)",
				"(entityId: \"qx9-later\", first: 100)", "(entityId: \"qx9-later-participation\", first: 100)"));
		for (String paged : List.of("hospitals", "groups", "assignments", "flows", "agreements")) {
			arguments.put(paged, List.of("(first: 100)"));
		}
		return arguments;
	}

	private void node(String kind, String slug, String... properties) throws Exception {
		create("createNode", Map.of("kind", kind, "id", SECRET + "-" + slug, "name", "Hemlig " + slug + " " + SECRET,
				"description", "Beskrivning " + SECRET, "aliases", List.of(SECRET + "-alias"), "validFrom", "2020",
				"internal", true, "properties", props(properties)));
	}

	private void relation(String type, String from, String to, boolean internal) throws Exception {
		create("createRelation", Map.of("type", type, "from", from, "to", to, "internal", internal));
		if ("CONCERNS".equals(type) && "group-skane-opti".equals(from)) {
			// A public relationship for the internal document's evidence; public itself, so it stays visible.
			create("createRelation", Map.of("type", "CONCERNS", "id", "test-concerns-public", "from", "assignment-delprojekt-28",
					"to", "care-urologi"));
		}
	}

	private String attach(String target, String locator) throws Exception {
		JsonNode version = post(editor(), "{ node(id: \"" + target + "\") { version } }").at("/data/node/version");
		long current = version.isMissingNode() || version.isNull() ? relationVersion(target) : version.asLong();
		JsonNode claim = mutation("attachEvidence", Map.of("targetId", target, "version", current, "document",
				"zq7-document", "quote", QUOTE, "locator", locator));
		return claim.at("/data/attachEvidence/id").asString();
	}

	private long relationVersion(String id) throws Exception {
		for (JsonNode relation : post(editor(), "{ node(id: \"assignment-delprojekt-28\") { relations { id version } } }")
				.at("/data/node/relations")) {
			if (id.equals(relation.path("id").asString())) {
				return relation.path("version").asLong();
			}
		}
		throw new AssertionError("no relationship " + id);
	}

	private static List<Map<String, String>> props(String... namesAndValues) {
		List<Map<String, String>> properties = new ArrayList<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			properties.add(Map.of("name", namesAndValues[i], "value", namesAndValues[i + 1]));
		}
		return properties;
	}

	private void create(String mutation, Map<String, Object> input) throws Exception {
		mutation(mutation, input);
	}

	private JsonNode mutation(String mutation, Map<String, Object> input) throws Exception {
		String type = switch (mutation) {
			case "createNode" -> "CreateNodeInput";
			case "updateNode" -> "UpdateNodeInput";
			case "createRelation" -> "CreateRelationInput";
			case "updateRelation" -> "UpdateRelationInput";
			default -> "AttachEvidenceInput";
		};
		String selection = mutation.endsWith("Relation") || mutation.endsWith("Node") ? "{ id }" : "{ id quote }";
		JsonNode answer = post(editor(), "mutation($input: " + type + "!) { " + mutation + "(input: $input) " + selection + " }",
				Map.of("input", input));
		assertThat(answer.path("errors").isMissingNode()).as(mutation + " " + input + ": " + answer).isTrue();
		return answer;
	}

	/** Subscribes as a viewer, and makes public changes until the subscription is live. */
	private void subscribeAsViewer() throws Exception {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.header("X-API-Key", TestCredentials.VIEWER_KEY)
			.build();
		this.subscription = tester.document("subscription { graphChanged { id action entityId before after } }")
			.executeSubscription()
			.toFlux("graphChanged", Map.class)
			.subscribe(event -> this.liveToViewer.add(JSON.writeValueAsString(event)));
		for (int attempt = 0; attempt < 40; attempt++) {
			String probe = "test-live-probe-" + attempt;
			create("createNode", Map.of("kind", "CARE_AREA", "id", probe, "name", "Prov " + attempt));
			if (awaitEvent(probe, Duration.ofMillis(500))) {
				this.liveToViewer.clear();
				return;
			}
		}
		throw new AssertionError("The viewer's subscription never became live");
	}

	/** A public change last: once the viewer has it, every change before it has been sent too, in commit order. */
	private void awaitLive(String id) throws Exception {
		create("createNode", Map.of("kind", "CARE_AREA", "id", id, "name", "Sista ändringen"));
		assertThat(awaitEvent(id, Duration.ofSeconds(10))).as("the last public change reaches the viewer").isTrue();
	}

	private boolean awaitEvent(String entityId, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		List<String> drained = new ArrayList<>();
		try {
			for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
				String event = this.liveToViewer.poll(left, TimeUnit.NANOSECONDS);
				if (event == null) {
					return false;
				}
				drained.add(event);
				if (event.contains("\"entityId\":\"" + entityId + "\"")) {
					return true;
				}
			}
			return false;
		}
		finally {
			this.liveToViewer.addAll(drained);
		}
	}

	private static String[] viewer() {
		return new String[] { "X-API-Key", TestCredentials.VIEWER_KEY };
	}

	private static String[] editor() {
		return new String[] { "X-API-Key", TestCredentials.EDITOR_KEY };
	}

	private JsonNode post(String[] headers, String query) throws Exception {
		return post(headers, query, Map.of());
	}

	private JsonNode post(String[] headers, String query, Map<String, Object> variables) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String[] headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
