package se.samverkanskartan.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * Finds single points of dependency: for each hospital and care area, the groups, teams and facilities its
 * cooperation runs through (groups it takes part in, groups and facilities that support it, and those its flows
 * run via). Where there is exactly one, losing it would cut the hospital off in that care area.
 */
@Component
class DependencyAnalysis {

	private static final String QUERY = """
			MATCH (h:Hospital) WHERE %1$s AND %5$s
			CALL (h) {
			  MATCH (h)-[r:PARTICIPATES_IN]->(x:Group) WHERE %2$s AND %3$s AND %6$s AND %7$s RETURN x
			  UNION
			  MATCH (h)<-[r:SUPPORTS]-(x:Entity) WHERE %2$s AND %3$s AND %6$s AND %7$s RETURN x
			  UNION
			  MATCH (h)<-[r:FROM|TO|BETWEEN]-(f:Flow)-[v:VIA]->(x:Entity) WHERE (x:Group OR x:Facility) AND %3$s AND %4$s AND %6$s AND %8$s
			    AND %2$s AND %7$s AND %9$s AND %10$s RETURN x
			}
			// A care area the caller may not see, or a CONCERNS that is not in force, says nothing about the channel.
			OPTIONAL MATCH (x)-[ca:CONCERNS]->(a:CareArea) WHERE %11$s AND %12$s AND %13$s AND %14$s
			WITH h, coalesce(a.id, '') AS area, collect(DISTINCT x) AS channels, collect(DISTINCT a)[0] AS careArea
			WHERE size(channels) = 1
			WITH h, area, careArea, channels[0] AS only
			RETURN h {.*} AS hospital, careArea {.*} AS careArea, only {.*} AS through
			ORDER BY hospital.name, area""".formatted(NodeReader.validOn("h"), NodeReader.validOn("r"),
			NodeReader.validOn("x"), NodeReader.validOn("f"), Visibility.node("h"), Visibility.node("x"),
			Visibility.relation("r"), Visibility.node("f"), NodeReader.validOn("v"), Visibility.relation("v"),
			NodeReader.validOn("ca"), Visibility.relation("ca"), NodeReader.validOn("a"), Visibility.node("a"));

	private final Neo4jClient client;

	DependencyAnalysis(Neo4jClient client) {
		this.client = client;
	}

	List<Dependency> find(LocalDate asOf) {
		return this.client.query(QUERY).bind(asOf).to("asOf").bind(Visibility.seeInternal()).to(Visibility.PARAMETER).fetch().all().stream().map(DependencyAnalysis::dependency).toList();
	}

	private static Dependency dependency(Map<String, Object> row) {
		GraphNode hospital = NodeReader.node(row.get("hospital"));
		GraphNode careArea = row.get("careArea") == null ? null : NodeReader.node(row.get("careArea"));
		GraphNode through = NodeReader.node(row.get("through"));
		String area = careArea == null ? "sitt samarbete utan angivet vårdområde" : careArea.name();
		String reason = "%s samarbetar inom %s enbart genom %s; faller den bort finns ingen annan väg."
			.formatted(hospital.name(), area, through.name());
		return new Dependency(hospital, careArea, through, reason);
	}

}
