package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.gap.AgreementGap.GapKind;
import se.samverkanskartan.gap.AgreementGapReport.RegionGapCount;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeKind;

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

	private final GapReads reads;

	private final TransactionTemplate transactions;

	GapAnalysis(GapReads reads, PlatformTransactionManager transactionManager) {
		this.reads = reads;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
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

	/**
	 * Only which cooperation lacks an agreement and which missing agreements say so, as a map marks them: the
	 * analysis of {@link #analyse} without reading the nodes its report names. All cooperation when {@code among}
	 * is null.
	 */
	public GapMarks marks(LocalDate asOf, @Nullable Collection<String> among) {
		return this.transactions.execute(status -> {
			Map<String, GapKind> kinds = new HashMap<>();
			Set<String> missing = new HashSet<>();
			for (Found found : find(asOf, among == null ? null : List.copyOf(among))) {
				kinds.put(found.cooperation().id(), found.kind());
				if (found.cooperation().missing() != null) {
					missing.add(found.cooperation().missing());
				}
			}
			return new GapMarks(kinds, missing);
		});
	}

	private AgreementGapReport analyse(LocalDate asOf, @Nullable String region, @Nullable List<String> among) {
		return this.transactions.execute(status -> {
			List<Found> found = find(asOf, among).stream()
				.filter(f -> region == null || f.organisations().contains(region))
				.toList();
			Set<String> named = new HashSet<>();
			found.forEach(f -> {
				named.add(f.cooperation().id());
				named.addAll(f.organisations());
				named.addAll(f.cooperation().agreements());
			});
			Map<String, GraphNode> nodes = this.reads.nodes(named);
			Map<String, List<String>> via = new HashMap<>();
			List<AgreementGap> stated = new ArrayList<>();
			List<AgreementGap> derived = new ArrayList<>();
			for (Found f : found) {
				GapReads.Cooperation c = f.cooperation();
				via.put(c.id(), c.via());
				GraphNode cooperation = nodes.get(c.id());
				List<GraphNode> organisations = f.organisations().stream().map(nodes::get).toList();
				if (f.kind() == GapKind.STATED) {
					GraphNode missing = nodes.get(c.missing());
					stated.add(new AgreementGap("gap-stated-" + c.id(), GapKind.STATED, cooperation, organisations, missing,
							GapReasons.stated(missing)));
				}
				else {
					derived.add(new AgreementGap("gap-derived-" + c.id(), GapKind.DERIVED, cooperation, organisations, null,
							GapReasons.derived(organisations, c.agreements().stream().map(nodes::get).toList(), asOf)));
				}
			}
			List<AgreementGap> statedGroups = CooperationGroups.of(stated, via);
			List<AgreementGap> derivedGroups = CooperationGroups.of(derived, via);
			return new AgreementGapReport(asOf, statedGroups, derivedGroups, perRegion(statedGroups, derivedGroups));
		});
	}

	/** A gap found: its cooperation, whether stated or derived, and the ids of the organisations involved. */
	private record Found(GapReads.Cooperation cooperation, GapKind kind, List<String> organisations) {
	}

	/**
	 * The gaps among the cooperation read, in its order. A STATED_MISSING agreement makes a stated gap, whose
	 * organisations include that agreement's parties (they are on either side of the border, even where the
	 * cooperation itself names fewer of them); otherwise two or more organisations without a binding agreement in
	 * force make a derived one.
	 */
	private List<Found> find(LocalDate asOf, @Nullable List<String> among) {
		List<GapReads.Cooperation> read = this.reads.cooperation(asOf, among);
		Map<String, List<String>> organisationsOf = this.reads.organisations(asOf,
				read.stream().flatMap(c -> c.involved().stream()).collect(Collectors.toSet()));
		List<Found> found = new ArrayList<>();
		for (GapReads.Cooperation c : read) {
			// In a fixed order, by id, so that the same graph gives the same answer whatever order they are found in.
			List<String> organisations = new ArrayList<>(c.involved().stream()
				.flatMap(x -> organisationsOf.getOrDefault(x, List.of()).stream())
				.collect(Collectors.toCollection(TreeSet::new)));
			if (c.missing() != null) {
				c.missingParties().stream().sorted().filter(p -> !organisations.contains(p)).forEach(organisations::add);
				found.add(new Found(c, GapKind.STATED, organisations));
			}
			else if (organisations.size() >= 2) {
				found.add(new Found(c, GapKind.DERIVED, organisations));
			}
		}
		return found;
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

}
