package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.stereotype.Service;

/**
 * Everything the UI asks of the GraphQL API. Each method runs one document from {@code graphql-documents/} and maps
 * the answer into records; nothing here knows whether the API runs in this process or elsewhere.
 */
@Service
public class CooperationApi {

	private static final int SEARCH_HITS = 100;

	private final GraphQlClient client;

	private volatile Vocabulary vocabulary;

	CooperationApi(@Qualifier("cooperationGraphQlClient") GraphQlClient client) {
		this.client = client;
	}

	public MapNetwork network(LocalDate asOf, NetworkFilter filter) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("asOf", date(asOf));
		variables.put("healthcareRegions", listOrNull(filter.healthcareRegions()));
		variables.put("regions", listOrNull(filter.regions()));
		variables.put("kinds", listOrNull(filter.kinds()));
		variables.put("careAreas", listOrNull(filter.careAreas()));
		MapNetwork network = client.documentName("network").operationName("network").variables(variables)
			.retrieveSync("network").toEntity(MapNetwork.class);
		return filter.applyAgreementStatus(orEmpty(network, asOf));
	}

	public MapNetwork neighbourhood(String id, int depth, LocalDate asOf) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", id);
		variables.put("depth", depth);
		variables.put("asOf", date(asOf));
		try {
			MapNetwork network = client.documentName("network").operationName("neighbourhood").variables(variables)
				.retrieveSync("neighbourhood").toEntity(MapNetwork.class);
			return orEmpty(network, asOf);
		}
		catch (FieldAccessException ex) {
			// An id the API does not know (or the user may not see) has nothing around it; the page says so.
			if (ex.getResponse().getErrors().stream().anyMatch(error -> "id".equals(error.getExtensions().get("argument")))) {
				return orEmpty(null, asOf);
			}
			throw ex;
		}
	}

	/** The best hits for the text, as a picker shows them. */
	public List<SearchHit> search(String text) {
		return searchPage(text, SEARCH_HITS, null).hits();
	}

	/** One page of all hits for the text, after the cursor of the page before (null for the first). */
	public SearchPage searchPage(String text, int size, String after) {
		if (text == null || text.isBlank()) {
			return SearchPage.EMPTY;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text.strip());
		variables.put("first", size);
		variables.put("after", after);
		SearchPage page = client.documentName("search").variables(variables).retrieveSync("searchHits")
			.toEntity(SearchPage.class);
		return page == null ? SearchPage.EMPTY : page;
	}

	public Optional<NodeDetail> node(String id) {
		return Optional.ofNullable(client.documentName("nodeDetail").variable("id", id)
			.retrieveSync("node").toEntity(NodeDetail.class));
	}

	public GapReport agreementGaps(LocalDate asOf) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("asOf", date(asOf));
		GapReport report = client.documentName("agreementGaps").variables(variables)
			.retrieveSync("agreementGaps").toEntity(GapReport.class);
		return report == null ? GapReport.empty(asOf) : report;
	}

	public List<TimelineEvent> timeline() {
		List<TimelineEvent> events = client.documentName("timeline").retrieveSync("timeline")
			.toEntityList(TimelineEvent.class);
		return events == null ? List.of() : events;
	}

	public ChangeSet changes(LocalDate from, LocalDate to) {
		ChangeSet changes = client.documentName("changes").variable("from", date(from)).variable("to", date(to))
			.retrieveSync("changes").toEntity(ChangeSet.class);
		return changes == null ? new ChangeSet(from, to, List.of(), List.of(), List.of()) : changes;
	}

	/**
	 * A node's editable fields as stored (name, validity, version …) by field name, its kind's own properties as one
	 * map under {@code properties} (a list for a list property, else the text).
	 */
	@SuppressWarnings("unchecked")
	public Optional<Map<String, Object>> nodeValues(String id) {
		Map<String, Object> node = client.documentName("nodeValues").variable("id", id).retrieveSync("node")
			.toEntity(Map.class);
		if (node == null) {
			return Optional.empty();
		}
		Map<String, Object> values = new HashMap<>(node);
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Object item : (List<Object>) node.getOrDefault("properties", List.of())) {
			Map<String, Object> property = (Map<String, Object>) item;
			properties.put((String) property.get("name"),
					property.get("values") != null ? property.get("values") : property.get("value"));
		}
		values.put("properties", properties);
		return Optional.of(values);
	}

	/**
	 * The vocabulary: kinds, properties, relationship rules and value sets. It is the same for everyone and does not
	 * change while the API runs, so it is asked for once.
	 */
	public Vocabulary vocabulary() {
		Vocabulary known = this.vocabulary;
		if (known == null) {
			known = client.documentName("vocabulary").retrieveSync("vocabulary").toEntity(Vocabulary.class);
			this.vocabulary = known;
		}
		return known;
	}

	/** The documents a quote can come from. */
	public List<NodeRef> documents() {
		List<NodeRef> documents = client.documentName("documents").retrieveSync("documents")
			.toEntityList(NodeRef.class);
		return documents == null ? List.of() : documents;
	}

	private static MapNetwork orEmpty(MapNetwork network, LocalDate asOf) {
		return network == null ? MapNetwork.empty(asOf) : network;
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static List<String> listOrNull(Set<String> values) {
		// An absent argument means "no filter"; an empty list would mean "nothing".
		return values.isEmpty() ? null : new ArrayList<>(values);
	}
}
