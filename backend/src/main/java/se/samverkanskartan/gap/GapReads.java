package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * Reads what the gap analysis weighs, in three steps, by id: the cooperation valid on the date that could lack an
 * agreement, with what governs it and who takes part; the organisations each party stands for; and the nodes a
 * report names. A party is in many cooperations (a region in hundreds): it is resolved, and a node projected, once
 * per read instead of once per cooperation, which was most of the cost of the whole-country analysis.
 */
@Component
class GapReads {

	/**
	 * A cooperation that may lack an agreement: one stated missing governs it, or no binding agreement in force does.
	 * Only the relationship to a party is checked here; the party itself is checked once, in {@link #ORGANISATIONS}.
	 */
	private static final String COOPERATION = """
			MATCH (c:Entity) WHERE %1$s c.kind IN ['FLOW', 'ASSIGNMENT', 'GROUP'] AND %2$s AND %3$s
			CALL (c) {
			  OPTIONAL MATCH governed = (c)-[:PART_OF|VIA*0..3]->(:Entity)<-[:GOVERNS]-(g:Agreement)
			    WHERE %4$s AND %5$s AND %6$s
			  WITH DISTINCT g
			  RETURN collect(g) AS agreements
			}
			WITH c, agreements, [g IN agreements WHERE g.status = 'STATED_MISSING'] AS missing
			// Bound by an agreement in force and stated missing by none: no gap, so nothing more to read of it.
			WHERE missing <> [] OR none(g IN agreements WHERE coalesce(g.binding = true AND g.status = 'IN_FORCE', false))
			RETURN c.id AS id, [g IN agreements | g.id] AS agreements, head(missing).id AS missing,
			  COLLECT {
			    MATCH (c)-[r:FROM|TO|BETWEEN|TARGETS|ASSIGNED_TO]->(x:Entity) WHERE %7$s RETURN x.id AS x
			    UNION
			    MATCH (c)<-[r:PARTICIPATES_IN]-(x:Entity) WHERE %7$s RETURN x.id AS x
			  } AS involved,
			  COLLECT { MATCH (c)-[v:VIA]->(a:Entity) WHERE %8$s RETURN a.id } AS via,
			  COLLECT {
			    UNWIND missing AS g
			    MATCH (g)<-[party:PARTY_TO]-(p:Entity) WHERE p.kind IN ['REGION', 'PRIVATE_PROVIDER', 'MUNICIPALITY'] AND %9$s
			    RETURN DISTINCT p.id AS p
			  } AS missingParties
			ORDER BY c.name""";

	private static String cooperation(String selection) {
		return COOPERATION.formatted(selection, NodeReader.validOn("c"), Visibility.node("c"), NodeReader.validOn("g"),
				Visibility.node("g"), throughout("governed"), valid("r"), valid("v") + " AND " + valid("a"),
				valid("party") + " AND " + valid("p"));
	}

	/** Every cooperation, or only those among {@code $ids}, sought in the index rather than filtered after a scan. */
	static final String ALL = cooperation("");

	static final String AMONG = cooperation("c.id IN $ids AND");

	/**
	 * What each party counts as, when it is valid and visible: a region, private provider or municipality as itself,
	 * a hospital as the region that runs it, anything as the region it belongs to, a healthcare region as its members.
	 */
	static final String ORGANISATIONS = """
			UNWIND $ids AS id
			MATCH (x:Entity {id: id}) WHERE %1$s
			RETURN x.id AS id,
			  CASE WHEN x.kind IN ['REGION', 'PRIVATE_PROVIDER', 'MUNICIPALITY'] THEN [x.id] ELSE [] END + COLLECT {
			    MATCH (x)<-[r:OPERATES]-(o:Entity) WHERE %2$s RETURN o.id AS o
			    UNION
			    MATCH (x)-[r:BELONGS_TO]->(o:Region) WHERE %2$s RETURN o.id AS o
			    UNION
			    MATCH (x:HealthcareRegion)<-[r:MEMBER_OF]-(o:Region) WHERE %2$s RETURN o.id AS o
			  } AS organisations""".formatted(valid("x"), valid("r") + " AND " + valid("o"));

	static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN n {.*} AS node""";

	/** Valid on the date and visible to the caller, for a node or a relationship. */
	private static String valid(String x) {
		boolean relationship = List.of("r", "v", "party").contains(x);
		return NodeReader.validOn(x) + " AND " + (relationship ? Visibility.relation(x) : Visibility.node(x));
	}

	/**
	 * Every relationship and node on the path, from the cooperation through what it is part of or runs via to the
	 * agreement, is valid on the date and visible to the caller: a step that has ended, or that the caller may not
	 * see, governs nothing for them.
	 */
	private static String throughout(String path) {
		return "all(s IN relationships(%1$s) WHERE %2$s AND %3$s) AND all(m IN nodes(%1$s) WHERE %4$s AND %5$s)"
			.formatted(path, NodeReader.validOn("s"), Visibility.relation("s"), NodeReader.validOn("m"), Visibility.node("m"));
	}

	/**
	 * A cooperation that may lack an agreement, by id: the agreements governing it in the order found, the first
	 * stated missing among them, the parties involved, what it runs via, and the parties of the missing agreements.
	 */
	record Cooperation(String id, List<String> agreements, @Nullable String missing, List<String> involved,
			List<String> via, List<String> missingParties) {
	}

	private final Neo4jClient client;

	GapReads(Neo4jClient client) {
		this.client = client;
	}

	/** The cooperation by name, all of it or only that among {@code among}. */
	List<Cooperation> cooperation(LocalDate asOf, @Nullable List<String> among) {
		return List.copyOf(this.client.query(among == null ? ALL : AMONG).bind(asOf).to("asOf").bind(among).to("ids")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetchAs(Cooperation.class)
			.mappedBy((types, row) -> new Cooperation(row.get("id").asString(), strings(row.get("agreements").asList()),
					row.get("missing").isNull() ? null : row.get("missing").asString(), strings(row.get("involved").asList()),
					strings(row.get("via").asList()), strings(row.get("missingParties").asList())))
			.all());
	}

	/** By party id, the ids of the organisations it counts as; a party not valid or not visible is left out. */
	@SuppressWarnings("unchecked")
	Map<String, List<String>> organisations(LocalDate asOf, Collection<String> parties) {
		Map<String, List<String>> organisations = new HashMap<>();
		this.client.query(ORGANISATIONS).bind(List.copyOf(parties)).to("ids").bind(asOf).to("asOf")
			.bind(Visibility.seeInternal()).to(Visibility.PARAMETER)
			.fetch().all()
			.forEach(row -> organisations.put((String) row.get("id"), (List<String>) row.get("organisations")));
		return organisations;
	}

	/** The nodes with these ids, by id. */
	Map<String, GraphNode> nodes(Collection<String> ids) {
		Map<String, GraphNode> nodes = new HashMap<>();
		this.client.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all()
			.forEach(row -> {
				GraphNode node = NodeReader.node(row.get("node"));
				nodes.put(node.id(), node);
			});
		return nodes;
	}

	private static List<String> strings(List<Object> values) {
		return values.stream().map(String.class::cast).toList();
	}

}
