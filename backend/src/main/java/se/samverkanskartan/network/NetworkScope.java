package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.Visibility;

/**
 * Finds, in the database, which nodes the filters of the {@code network} query keep, so that a filtered map reads
 * what it draws and not the whole graph. Each query starts from index seeks on the chosen ids (or kinds) and walks
 * a bounded number of steps out: its cost grows with the part of the graph it returns.
 */
@Component
class NetworkScope {

	/** Kinds that are cooperation, or take part in it, rather than organisations that belong somewhere. */
	static final List<String> COOPERATION = List.of("GROUP", "FLOW", "ASSIGNMENT", "AGREEMENT", "PROGRAMME",
			"FACILITY", "DECISION", "CARE_AREA", "PRIVATE_PROVIDER", "BODY", "EVENT", "BARRIER");

	/** Organisations: what belongs to a region, and the partners on the other side of a cooperation. */
	static final List<String> ORGANISATION = List.of("HEALTHCARE_REGION", "REGION", "HOSPITAL",
			"PRIVATE_PROVIDER", "MUNICIPALITY");

	/** What a region runs or consists of, and is then scoped with it. */
	static final List<String> BELONGING = List.of("HEALTHCARE_REGION", "REGION", "HOSPITAL",
			"PRIVATE_PROVIDER", "MUNICIPALITY", "BODY");

	static final List<String> TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

	/** A step from {@code from} over a drawn relationship {@code r} to a drawn node {@code to}, both valid and visible. */
	static String step(String r, String to) {
		return "type(%1$s) IN $types AND %2$s.kind <> 'DOCUMENT' AND %3$s AND %4$s AND %5$s AND %6$s".formatted(r, to,
				NodeReader.validOn(r), Visibility.relation(r), NodeReader.validOn(to), Visibility.node(to));
	}

	/**
	 * The chosen healthcare regions and regions, the regions that are members of them, what those run or consist
	 * of, the cooperation any of these take part in, and the organisations on the other side of that cooperation.
	 */
	static final String BY_REGION = """
			MATCH (c:Entity) WHERE c.id IN $core AND %1$s AND %2$s
			WITH collect(c) AS chosen
			WITH chosen + COLLECT {
			  UNWIND chosen AS c
			  MATCH (c)<-[r:MEMBER_OF]-(m:Entity) WHERE %3$s
			  RETURN m
			} AS seeds
			WITH seeds + COLLECT {
			  UNWIND seeds AS s
			  MATCH (s)-[r:OPERATES]->(x:Entity) WHERE x.kind IN $belonging AND %4$s
			  RETURN x
			  UNION
			  UNWIND seeds AS s
			  MATCH (s)<-[r:PART_OF|BELONGS_TO]-(x:Entity) WHERE x.kind IN $belonging AND %4$s
			  RETURN x
			} AS core
			WITH core, COLLECT {
			  UNWIND core AS k
			  MATCH (k)-[r]-(x:Entity) WHERE x.kind IN $cooperation AND %4$s
			  RETURN DISTINCT x
			} AS cooperation
			WITH core + cooperation AS kept, COLLECT {
			  UNWIND cooperation AS k
			  MATCH (k)-[r]-(x:Entity) WHERE x.kind IN $organisation AND %4$s
			  RETURN DISTINCT x
			} AS partners
			UNWIND kept + partners AS n
			RETURN DISTINCT n.id AS id""".formatted(NodeReader.validOn("c"), Visibility.node("c"), step("r", "m"),
			step("r", "x"));

	/** The chosen care areas, what concerns them, and the organisations taking part in that. */
	static final String BY_CARE_AREA = """
			MATCH (a:Entity) WHERE a.id IN $careAreas AND %1$s AND %2$s
			WITH collect(a) AS areas
			WITH areas + COLLECT {
			  UNWIND areas AS a
			  MATCH (a)<-[r:CONCERNS]-(x:Entity) WHERE %3$s
			  RETURN x
			} AS concerning
			WITH concerning + COLLECT {
			  UNWIND concerning AS k
			  MATCH (k)-[r]-(x:Entity) WHERE x.kind IN $organisation AND %3$s
			  RETURN x
			} AS kept
			UNWIND kept AS n
			RETURN DISTINCT n.id AS id""".formatted(NodeReader.validOn("a"), Visibility.node("a"), step("r", "x"));

	static final String BY_KIND = """
			MATCH (n:Entity) WHERE n.kind IN $kinds AND %s AND %s
			RETURN n.id AS id""".formatted(NodeReader.validOn("n"), Visibility.node("n"));

	/**
	 * What the styling of the kept nodes needs besides them: the regions and healthcare regions they belong to, the
	 * members of a healthcare region, and the care areas they concern, so that a partner keeps its region and a flow
	 * its care area though neither is drawn.
	 */
	static final String CONTEXT = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})-[r:OPERATES|PART_OF|BELONGS_TO|MEMBER_OF|CONCERNS]-(x:Entity)
			WHERE (type(r) = 'MEMBER_OF' OR (startNode(r) = n) = (type(r) <> 'OPERATES')) AND %s
			RETURN DISTINCT x.id AS id""".formatted(step("r", "x"));

	private final Neo4jClient client;

	NetworkScope(Neo4jClient client) {
		this.client = client;
	}

	Set<String> byRegion(LocalDate asOf, Set<String> core) {
		return ids(BY_REGION, asOf, Map.of("core", List.copyOf(core), "belonging", BELONGING, "cooperation", COOPERATION,
				"organisation", ORGANISATION));
	}

	Set<String> byCareArea(LocalDate asOf, Set<String> careAreas) {
		return ids(BY_CARE_AREA, asOf, Map.of("careAreas", List.copyOf(careAreas), "organisation", ORGANISATION));
	}

	Set<String> byKind(LocalDate asOf, Set<NodeKind> kinds) {
		return ids(BY_KIND, asOf, Map.of("kinds", kinds.stream().map(Enum::name).toList()));
	}

	/** The kept ids with what their styling needs; see {@link #CONTEXT}. */
	Set<String> withContext(LocalDate asOf, Set<String> kept) {
		Set<String> all = new HashSet<>(kept);
		all.addAll(ids(CONTEXT, asOf, Map.of("ids", List.copyOf(kept))));
		return all;
	}

	private Set<String> ids(String query, LocalDate asOf, Map<String, Object> arguments) {
		Map<String, Object> parameters = new HashMap<>(arguments);
		parameters.put("asOf", asOf);
		parameters.put("types", TYPES);
		parameters.put(Visibility.PARAMETER, Visibility.seeInternal());
		return new HashSet<>(this.client.query(query).bindAll(parameters).fetchAs(String.class).all());
	}

}
