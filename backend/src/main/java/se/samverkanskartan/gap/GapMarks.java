package se.samverkanskartan.gap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.gap.AgreementGap.GapKind;

/**
 * What a map marks of the gap analysis: which cooperation lacks an agreement, and how that is known, by cooperation
 * id; and the ids of the agreements that a source states are missing.
 */
public record GapMarks(Map<String, GapKind> kinds, Set<String> missingAgreements) {

	public GapMarks {
		kinds = Map.copyOf(kinds);
		missingAgreements = Set.copyOf(missingAgreements);
	}

	/** The marks of a report's gaps. */
	public static GapMarks of(AgreementGapReport report) {
		Map<String, GapKind> kinds = new HashMap<>();
		Set<String> missing = new HashSet<>();
		report.derived().forEach(g -> kinds.put(g.cooperation().id(), g.gapKind()));
		report.stated().forEach(g -> kinds.put(g.cooperation().id(), g.gapKind()));
		report.stated().stream().map(AgreementGap::missingAgreement).filter(Objects::nonNull)
			.forEach(a -> missing.add(a.id()));
		return new GapMarks(kinds, missing);
	}

	/** How the cooperation's gap is known, or null when it has none. */
	public @Nullable GapKind of(String cooperation) {
		return this.kinds.get(cooperation);
	}

}
