package se.samverkanskartan.ui.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The missing agreements on one date, stated and derived kept apart. The API's counts per region are not read: the
 * gap view counts the cooperations as it lists them.
 */
public record GapReport(LocalDate asOf, List<Gap> stated, List<Gap> derived) {

	public GapReport {
		stated = stated == null ? List.of() : List.copyOf(stated);
		derived = derived == null ? List.of() : List.copyOf(derived);
	}

	public static GapReport empty(LocalDate asOf) {
		return new GapReport(asOf, List.of(), List.of());
	}

	/** One cooperation without a binding agreement, with the reason in Swedish. */
	public record Gap(String id, String gapKind, String reason, Cooperation cooperation, List<NodeRef> organisations,
			NodeRef missingAgreement, List<Evidence> evidence) {

		public Gap {
			organisations = organisations == null ? List.of() : List.copyOf(organisations);
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}

	/**
	 * The flow, assignment or group that lacks an agreement, with the relations {@code VIA} it has: a flow runs via
	 * the assignments that describe it.
	 */
	public record Cooperation(String id, String kind, String name, List<Via> relations) {

		public Cooperation {
			relations = relations == null ? List.of() : List.copyOf(relations);
		}

		public Cooperation(String id, String kind, String name) {
			this(id, kind, name, List.of());
		}

		/** The ids of what this cooperation runs via. */
		public List<String> via() {
			return relations.stream().map(r -> r.other().id()).toList();
		}
	}

	/** A relation {@code VIA}, seen from the cooperation. */
	public record Via(NodeRef other) {
	}
}
