package se.samverkanskartan.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.network.Network.NetworkEdge;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * The filters of the {@code network} query, applied to a styled network. Scoping by healthcare region or region
 * keeps what belongs to them, the cooperation they take part in, and the partners on the other side of it.
 */
final class NetworkFilter {

	private static final Set<String> COOPERATION = Set.of("GROUP", "FLOW", "ASSIGNMENT", "AGREEMENT", "PROGRAMME",
			"FACILITY", "DECISION", "CARE_AREA", "PRIVATE_PROVIDER", "BODY");

	private static final Set<String> ORGANISATION = Set.of("HEALTHCARE_REGION", "REGION", "HOSPITAL",
			"PRIVATE_PROVIDER", "MUNICIPALITY");

	private NetworkFilter() {
	}

	static Network apply(Network network, @Nullable List<String> healthcareRegions, @Nullable List<String> regions,
			@Nullable List<String> kinds, @Nullable List<String> careAreas) {
		Set<String> keep = network.nodes().stream().map(NetworkNode::id).collect(Collectors.toCollection(HashSet::new));
		if (notEmpty(healthcareRegions) || notEmpty(regions)) {
			keep.retainAll(scope(network, healthcareRegions, regions));
		}
		if (notEmpty(careAreas)) {
			keep.retainAll(concerning(network, Set.copyOf(careAreas)));
		}
		if (notEmpty(kinds)) {
			network.nodes().stream().filter(n -> !kinds.contains(n.kind())).forEach(n -> keep.remove(n.id()));
		}
		return restrict(network, keep);
	}

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

	private static Set<String> scope(Network network, @Nullable List<String> healthcareRegions,
			@Nullable List<String> regions) {
		Set<String> core = new HashSet<>();
		if (healthcareRegions != null) {
			core.addAll(healthcareRegions);
		}
		if (regions != null) {
			core.addAll(regions);
		}
		// Regions in the chosen healthcare regions, then whatever those regions run or consist of.
		network.edges().stream().filter(e -> e.type().equals("MEMBER_OF") && core.contains(e.target()))
			.forEach(e -> core.add(e.source()));
		network.nodes().stream().filter(n -> n.regions().stream().anyMatch(core::contains) && ORGANISATION.contains(n.kind()))
			.forEach(n -> core.add(n.id()));
		network.nodes().stream().filter(n -> n.kind().equals("BODY") && n.regions().stream().anyMatch(core::contains))
			.forEach(n -> core.add(n.id()));
		Set<String> cooperation = neighbours(network, core, COOPERATION);
		Set<String> partners = neighbours(network, cooperation, ORGANISATION);
		core.addAll(cooperation);
		core.addAll(partners);
		return core;
	}

	private static Set<String> concerning(Network network, Set<String> careAreas) {
		Set<String> keep = new HashSet<>(careAreas);
		network.nodes().stream().filter(n -> n.careAreas().stream().anyMatch(careAreas::contains))
			.forEach(n -> keep.add(n.id()));
		keep.addAll(neighbours(network, keep, ORGANISATION));
		return keep;
	}

	private static Set<String> neighbours(Network network, Set<String> of, Set<String> kinds) {
		Set<String> allowed = network.nodes().stream().filter(n -> kinds.contains(n.kind())).map(NetworkNode::id)
			.collect(Collectors.toSet());
		Set<String> found = new HashSet<>();
		for (NetworkEdge edge : network.edges()) {
			if (of.contains(edge.source()) && allowed.contains(edge.target())) {
				found.add(edge.target());
			}
			if (of.contains(edge.target()) && allowed.contains(edge.source())) {
				found.add(edge.source());
			}
		}
		return found;
	}

	private static boolean notEmpty(@Nullable List<String> list) {
		return list != null && !list.isEmpty();
	}

}
