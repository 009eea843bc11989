package se.samverkanskartan.ui.api;

import java.util.HashSet;
import java.util.Set;

/**
 * The map's filters. Healthcare regions, regions, kinds and care areas are arguments of the {@code network} query;
 * the agreement status (an agreement's {@code AgreementStatus}) and the gap kinds (a cooperation lacking an
 * agreement, {@code GapKind}) are applied to its answer, since the API has no such arguments.
 */
public record NetworkFilter(Set<String> healthcareRegions, Set<String> regions, Set<String> kinds,
		Set<String> careAreas, Set<String> agreementStatuses, Set<String> gaps) {

	public static final NetworkFilter NONE = new NetworkFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of());

	/** What the filters offer to choose from: the kinds of node a map can be scoped by. */
	public static final NetworkFilter CHOICES = new NetworkFilter(Set.of(), Set.of(),
			Set.of("HEALTHCARE_REGION", "REGION", "CARE_AREA"), Set.of(), Set.of(), Set.of());

	public NetworkFilter {
		healthcareRegions = healthcareRegions == null ? Set.of() : Set.copyOf(healthcareRegions);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		careAreas = careAreas == null ? Set.of() : Set.copyOf(careAreas);
		agreementStatuses = agreementStatuses == null ? Set.of() : Set.copyOf(agreementStatuses);
		gaps = gaps == null ? Set.of() : Set.copyOf(gaps);
	}

	public boolean isEmpty() {
		return healthcareRegions.isEmpty() && regions.isEmpty() && kinds.isEmpty() && careAreas.isEmpty()
				&& agreementStatuses.isEmpty() && gaps.isEmpty();
	}

	/**
	 * Keeps the agreements with one of the chosen statuses, the cooperation with one of the chosen gap kinds, and
	 * their direct neighbours, so that a missing agreement is still shown with the organisations around it.
	 */
	public MapNetwork applyAgreementStatus(MapNetwork network) {
		if (agreementStatuses.isEmpty() && gaps.isEmpty()) {
			return network;
		}
		Set<String> chosen = new HashSet<>();
		network.nodes().stream()
			// Immutable sets refuse to look up null: most nodes have neither a status nor a gap.
			.filter(n -> n.agreementStatus() != null && agreementStatuses.contains(n.agreementStatus())
					|| n.gap() != null && gaps.contains(n.gap()))
			.forEach(n -> chosen.add(n.id()));
		Set<String> kept = new HashSet<>(chosen);
		for (MapNetwork.Edge e : network.edges()) {
			if (chosen.contains(e.source())) {
				kept.add(e.target());
			}
			if (chosen.contains(e.target())) {
				kept.add(e.source());
			}
		}
		return new MapNetwork(network.asOf(),
				network.nodes().stream().filter(n -> kept.contains(n.id())).toList(),
				network.edges().stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList());
	}
}
