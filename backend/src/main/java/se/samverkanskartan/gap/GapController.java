package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Relation;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.source.Claim;

/** The gap view: where formal agreements are missing, stated or derived. */
@Controller
class GapController {

	private final GapAnalysis analysis;

	private final NodeReader reader;

	private final KnownIds known;

	GapController(GapAnalysis analysis, NodeReader reader, KnownIds known) {
		this.analysis = analysis;
		this.reader = reader;
		this.known = known;
	}

	@QueryMapping
	AgreementGapReport agreementGaps(@Argument @Nullable LocalDate asOf, @Argument @Nullable String region) {
		this.known.require("region", region, NodeKind.REGION);
		return this.analysis.analyse(this.reader.asOf(asOf), region);
	}

	/** The care areas of every gap's cooperation in one read, on the report's day. */
	@SchemaMapping(typeName = "AgreementGapReport")
	List<CareAreaGapCount> perCareArea(AgreementGapReport report) {
		List<String> cooperations = Stream.concat(report.stated().stream(), report.derived().stream())
			.map(gap -> gap.cooperation().id()).distinct().toList();
		return CareAreaGapCount.of(report, this.reader.neighbours(cooperations, RelationType.CONCERNS,
				Relation.Direction.OUTGOING, Set.of(NodeKind.CARE_AREA), report.asOf()));
	}

	/** A stated gap rests on the quotes that say the agreement is missing. */
	@SchemaMapping(typeName = "AgreementGap")
	CompletableFuture<List<Claim>> evidence(AgreementGap gap, DataLoader<String, List<Claim>> evidenceOf) {
		if (gap.missingAgreement() == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		return evidenceOf.load(gap.missingAgreement().id());
	}

}
