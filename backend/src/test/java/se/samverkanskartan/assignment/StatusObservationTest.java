package se.samverkanskartan.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.samverkanskartan.GraphApplicationTest;
import se.samverkanskartan.TestCredentials;

/**
 * What a report said, kept apart from what it expected: "Uppdraget har startat" is a reported state from the
 * report's date; "bedöms inte vara genomfört vid årets slut" is a forecast for the end of the year, never a fact.
 */
@GraphApplicationTest
class StatusObservationTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = TestCredentials.graphQl(this.port, TestCredentials.viewerKey());
	}

	@Test
	void inTheAutumnOf2025Nr9HadStartedAndWasNotYetReportedAsNotCompleted() {
		var result = status("assignment-orebro-nr-9", "2025-10-01");
		result.path("node.latestStatus.kind").entity(String.class).isEqualTo("REPORTED");
		result.path("node.latestStatus.status").entity(String.class).isEqualTo("STARTED");
		result.path("node.latestStatus.reportedOn").entity(String.class).isEqualTo("2025");
		result.path("node.latestStatus.evidence[0].quote").entity(String.class).isEqualTo("Uppdraget har startat med flera pågående åtgärder");
		assertThat(ids(result)).doesNotContain("assignment-orebro-nr-9");
		// The map colours the assignment by the same observation.
		assertThat(mapStatus(result, "assignment-orebro-nr-9")).containsExactly("STARTED REPORTED");
	}

	@Test
	void theForecastForTheEndOfTheYearIsMarkedAsAForecast() {
		var result = status("assignment-orebro-nr-9", "2026-01-01");
		result.path("node.latestStatus.kind").entity(String.class).isEqualTo("FORECAST");
		result.path("node.latestStatus.status").entity(String.class).isEqualTo("NOT_COMPLETED");
		result.path("node.latestStatus.date").entity(String.class).isEqualTo("2025-12-31");
		assertThat(result.path("assignments.edges[?(@.node.id == 'assignment-orebro-nr-9')].node.latestStatus.kind")
			.entityList(String.class).get()).containsExactly("FORECAST");
		assertThat(result.path("timeline[?(@.node.id == 'assignment-orebro-nr-9')].eventType").entityList(String.class).get())
			.contains("STATUS", "FORECAST");
		assertThat(mapStatus(result, "assignment-orebro-nr-9")).containsExactly("NOT_COMPLETED FORECAST 2025-12-31");
	}

	@Test
	void anImplementationInProgressIsOngoingWithACompletionForecast() {
		var result = status("assignment-orebro-ber-2", "2026-01-01");
		assertThat(result.path("node.statuses[*].kind").entityList(String.class).get()).containsExactly("REPORTED", "FORECAST");
		assertThat(result.path("node.statuses[*].status").entityList(String.class).get()).containsExactly("ONGOING", "COMPLETED");
	}

	@Test
	void aProposalIsNotShownAsADecision() {
		var result = status("assignment-orebro-nr-9", null);
		assertThat(result.path("timeline[?(@.node.id == 'decision-skane-hsn-2023-11-14')].eventType").entityList(String.class)
			.get()).containsExactly("PROPOSED");
		assertThat(result.path("timeline[?(@.node.id == 'decision-orebro-hsn-2023-10-19')].eventType").entityList(String.class)
			.get()).containsExactly("DECIDED");
		// The beredning's visit to Lindesberg is a dated event of its own, not words in a description.
		assertThat(result.path("timeline[?(@.node.id == 'event-orebro-beredning-besok-lindesberg-2025-03-14')].eventType")
			.entityList(String.class).get()).containsExactly("EVENT");
	}

	private HttpGraphQlTester.Response status(String id, String asOf) {
		return this.graphQl.documentName("statusObservations").variable("id", id).variable("asOf", asOf).execute();
	}

	/** The status the map draws a node with, as "status kind" (and the date a forecast is for). */
	private static List<String> mapStatus(HttpGraphQlTester.Response result, String id) {
		String node = "neighbourhood.nodes[?(@.id == '" + id + "')].status";
		List<String> states = result.path(node + ".status").entityList(String.class).get();
		List<String> kinds = result.path(node + ".kind").entityList(String.class).get();
		List<String> dates = result.path(node + ".date").entityList(String.class).get();
		return java.util.stream.IntStream.range(0, states.size())
			.mapToObj(i -> states.get(i) + " " + kinds.get(i) + ("FORECAST".equals(kinds.get(i)) ? " " + dates.get(i) : ""))
			.toList();
	}

	private static List<String> ids(HttpGraphQlTester.Response result) {
		return result.path("assignments.edges[*].node.id").entityList(String.class).get();
	}

}
