package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.gap.AgreementGap.GapKind;
import se.samverkanskartan.gap.AgreementGapReport.RegionGapCount;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * Finds where agreements are missing. For every flow, assignment and group valid on the date it gathers the
 * organisations involved (regions, private providers, municipalities; a hospital counts as the region that runs
 * it, a healthcare region as its member regions) and the agreements that govern it, directly or through what it is
 * part of or runs via. A STATED_MISSING agreement among them is a stated gap. Otherwise, when two or more
 * organisations are involved and no binding agreement in force governs it, it is a derived gap. A flow's gap and
 * those of the assignments it runs via are one cooperation ({@link CooperationGroups}), counted once per region.
 */
@Component
public class GapAnalysis {

	private static final String TEMPLATE = """
			MATCH (c:Entity) WHERE %17$s c.kind IN ['FLOW', 'ASSIGNMENT', 'GROUP'] AND %1$s AND %4$s
			WITH c, COLLECT {
			  MATCH (c)-[r:FROM|TO|BETWEEN|TARGETS|ASSIGNED_TO]->(x:Entity) WHERE %2$s AND %5$s AND %6$s AND %12$s RETURN x
			  UNION
			  MATCH (c)<-[r:PARTICIPATES_IN]-(x:Entity) WHERE %2$s AND %5$s AND %6$s AND %12$s RETURN x
			} AS involved, COLLECT {
			  MATCH (c)-[v:VIA]->(a:Entity) WHERE %18$s RETURN a.id
			} AS via
			CALL (involved) {
			  UNWIND involved AS x
			  OPTIONAL MATCH (x)<-[ro:OPERATES]-(operator:Entity) WHERE %7$s AND %13$s
			  OPTIONAL MATCH (x)-[rb:BELONGS_TO]->(owner:Region) WHERE %8$s AND %14$s
			  OPTIONAL MATCH (x:HealthcareRegion)<-[rm:MEMBER_OF]-(member:Region) WHERE %9$s AND %15$s
			  WITH x, collect(operator) + collect(owner) + collect(member)
			          + CASE WHEN x.kind IN ['REGION', 'PRIVATE_PROVIDER', 'MUNICIPALITY'] THEN [x] ELSE [] END AS orgs
			  UNWIND orgs AS o
			  // In a fixed order, so that the same graph gives the same answer whatever order the paths are found in.
			  WITH DISTINCT o ORDER BY o.id
			  RETURN collect(o {.*}) AS organisations
			}
			CALL (c) {
			  OPTIONAL MATCH governed = (c)-[:PART_OF|VIA*0..3]->(:Entity)<-[:GOVERNS]-(g:Agreement) WHERE %3$s AND %10$s
			    AND %16$s
			  WITH DISTINCT g
			  RETURN collect(g {.*}) AS agreements
			}
			CALL (c) {
			  OPTIONAL MATCH governed = (c)-[:PART_OF|VIA*0..3]->(:Entity)<-[:GOVERNS]-(g:Agreement {status: 'STATED_MISSING'})
			        <-[party:PARTY_TO]-(p:Entity) WHERE %3$s AND %10$s AND %11$s AND p.kind IN ['REGION', 'PRIVATE_PROVIDER', 'MUNICIPALITY']
			    AND %16$s
			  WITH DISTINCT p ORDER BY p.id
			  RETURN collect(p {.*}) AS missingParties
			}
			RETURN c {.*} AS cooperation, organisations, agreements, missingParties, via
			ORDER BY c.name""";

	/** Every cooperation, or only those among {@code $ids}, sought in the index rather than filtered after a scan. */
	private static final String ALL = query("");

	static final String AMONG = query("c.id IN $ids AND");

	private static String query(String selection) {
		return TEMPLATE.formatted(NodeReader.validOn("c"), NodeReader.validOn("r"), NodeReader.validOn("g"),
				Visibility.node("c"), Visibility.relation("r"), Visibility.node("x"), Visibility.node("operator"),
				Visibility.node("owner"), Visibility.node("member"), Visibility.node("g"), Visibility.node("p"),
				NodeReader.validOn("x"), NodeReader.validOn("ro") + " AND " + Visibility.relation("ro") + " AND " + NodeReader.validOn("operator"),
				NodeReader.validOn("rb") + " AND " + Visibility.relation("rb") + " AND " + NodeReader.validOn("owner"),
				NodeReader.validOn("rm") + " AND " + Visibility.relation("rm") + " AND " + NodeReader.validOn("member"),
				throughout("governed"), selection, NodeReader.validOn("v") + " AND " + Visibility.relation("v") + " AND "
						+ NodeReader.validOn("a") + " AND " + Visibility.node("a"));
	}

	/**
	 * Every relationship and node on the path, from the cooperation through what it is part of or runs via to the
	 * agreement (and on to its party), is valid on the date and visible to the caller: a step that has ended, or that
	 * the caller may not see, governs nothing for them.
	 */
	private static String throughout(String path) {
		return "all(s IN relationships(%1$s) WHERE %2$s AND %3$s) AND all(m IN nodes(%1$s) WHERE %4$s AND %5$s)"
			.formatted(path, NodeReader.validOn("s"), Visibility.relation("s"), NodeReader.validOn("m"), Visibility.node("m"));
	}

	private final Neo4jClient client;

	GapAnalysis(Neo4jClient client) {
		this.client = client;
	}

	public AgreementGapReport analyse(LocalDate asOf, @Nullable String region) {
		return analyse(asOf, region, null);
	}

	/**
	 * The gaps of only some cooperation, e.g. what a map draws: the analysis then reads those and what governs
	 * them, not every cooperation in the country.
	 */
	public AgreementGapReport analyseOnly(LocalDate asOf, Collection<String> cooperation) {
		return analyse(asOf, null, List.copyOf(cooperation));
	}

	private AgreementGapReport analyse(LocalDate asOf, @Nullable String region, @Nullable List<String> among) {
		List<AgreementGap> stated = new ArrayList<>();
		List<AgreementGap> derived = new ArrayList<>();
		Map<String, List<String>> via = new HashMap<>();
		for (Map<String, Object> row : this.client.query(among == null ? ALL : AMONG).bind(asOf).to("asOf")
				.bind(among).to("ids").bind(Visibility.seeInternal()).to(Visibility.PARAMETER).fetch().all()) {
			GraphNode cooperation = NodeReader.node(row.get("cooperation"));
			via.put(cooperation.id(), strings(row.get("via")));
			List<GraphNode> agreements = nodes(row.get("agreements"));
			GraphNode missing = agreements.stream().filter(a -> "STATED_MISSING".equals(a.property("status"))).findFirst().orElse(null);
			List<GraphNode> organisations = new ArrayList<>(nodes(row.get("organisations")));
			if (missing != null) {
				// The parties of the missing agreement are on either side of the border, even where the
				// cooperation itself names fewer of them.
				nodes(row.get("missingParties")).stream()
					.filter(party -> organisations.stream().noneMatch(o -> o.id().equals(party.id())))
					.forEach(organisations::add);
			}
			if (region != null && organisations.stream().noneMatch(o -> o.id().equals(region))) {
				continue;
			}
			if (missing != null) {
				stated.add(new AgreementGap("gap-stated-" + cooperation.id(), GapKind.STATED, cooperation, organisations,
						missing, GapReasons.stated(missing)));
			}
			else if (organisations.size() >= 2 && agreements.stream().noneMatch(GapAnalysis::bindingInForce)) {
				derived.add(new AgreementGap("gap-derived-" + cooperation.id(), GapKind.DERIVED, cooperation,
						organisations, null, GapReasons.derived(organisations, agreements, asOf)));
			}
		}
		List<AgreementGap> statedGroups = CooperationGroups.of(stated, via);
		List<AgreementGap> derivedGroups = CooperationGroups.of(derived, via);
		return new AgreementGapReport(asOf, statedGroups, derivedGroups, perRegion(statedGroups, derivedGroups));
	}

	private static boolean bindingInForce(GraphNode agreement) {
		return Boolean.TRUE.equals(agreement.property("binding")) && "IN_FORCE".equals(agreement.property("status"));
	}

	/** Each cooperation once: a gap that describes another's cooperation counts with it, its regions among its own. */
	private static List<RegionGapCount> perRegion(List<AgreementGap> stated, List<AgreementGap> derived) {
		Map<String, GraphNode> regions = new LinkedHashMap<>();
		Map<String, int[]> counts = new LinkedHashMap<>();
		List<AgreementGap> all = new ArrayList<>(stated);
		all.addAll(derived);
		for (AgreementGap gap : all) {
			if (gap.describes() != null) {
				continue;
			}
			CooperationGroups.organisations(gap).stream().filter(o -> o.kind() == NodeKind.REGION).forEach(region -> {
				regions.putIfAbsent(region.id(), region);
				counts.computeIfAbsent(region.id(), id -> new int[2])[gap.gapKind() == GapKind.STATED ? 0 : 1]++;
			});
		}
		return counts.entrySet().stream()
			.map(e -> new RegionGapCount(regions.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparing((RegionGapCount c) -> -(c.stated() + c.derived())).thenComparing(c -> c.region().name()))
			.collect(Collectors.toList());
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object ids) {
		return ids == null ? List.of() : List.copyOf((List<String>) ids);
	}

	@SuppressWarnings("unchecked")
	private static List<GraphNode> nodes(Object projections) {
		return ((List<Object>) projections).stream().map(NodeReader::node).toList();
	}

}
