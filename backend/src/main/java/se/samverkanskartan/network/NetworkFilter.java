package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * The filters of the {@code network} query. Scoping by healthcare region or region keeps what belongs to them, the
 * cooperation they take part in, and the partners on the other side of it; by care area, what concerns them and who
 * takes part; by kind, those kinds. Filters given together keep what each of them keeps.
 */
final class NetworkFilter {

	private NetworkFilter() {
	}

	/** The ids the filters keep, found by {@link NetworkScope}; null when no filter is given: the whole network. */
	static @Nullable Set<String> kept(NetworkScope scope, LocalDate asOf, @Nullable List<String> healthcareRegions,
			@Nullable List<String> regions, @Nullable List<NodeKind> kinds, @Nullable List<String> careAreas) {
		Set<String> kept = null;
		if (notEmpty(healthcareRegions) || notEmpty(regions)) {
			Set<String> core = new HashSet<>();
			if (healthcareRegions != null) {
				core.addAll(healthcareRegions);
			}
			if (regions != null) {
				core.addAll(regions);
			}
			kept = scope.byRegion(asOf, core);
		}
		if (notEmpty(careAreas)) {
			kept = both(kept, scope.byCareArea(asOf, Set.copyOf(careAreas)));
		}
		if (notEmpty(kinds)) {
			kept = both(kept, scope.byKind(asOf, EnumSet.copyOf(kinds)));
		}
		return kept;
	}

	/** The network with only the kept nodes and the edges among them; a parent left out is no longer a parent. */
	static Network restrict(Network network, Set<String> keep) {
		List<NetworkNode> nodes = network.nodes().stream().filter(n -> keep.contains(n.id()))
			.map(n -> n.parent() == null || keep.contains(n.parent()) ? n
					: n.withStyle(null, n.agreementStatus(), n.careAreas(), n.regions()))
			.toList();
		List<NetworkEdge> edges = network.edges().stream()
			.filter(e -> keep.contains(e.source()) && keep.contains(e.target()))
			.toList();
		return new Network(network.asOf(), nodes, edges);
	}

	private static Set<String> both(@Nullable Set<String> kept, Set<String> also) {
		if (kept == null) {
			return also;
		}
		kept.retainAll(also);
		return kept;
	}

	private static boolean notEmpty(@Nullable List<?> list) {
		return list != null && !list.isEmpty();
	}

}
