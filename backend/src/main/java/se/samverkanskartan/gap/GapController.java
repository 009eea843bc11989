package se.samverkanskartan.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
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

	/** A stated gap rests on the quotes that say the agreement is missing. */
	@SchemaMapping(typeName = "AgreementGap")
	CompletableFuture<List<Claim>> evidence(AgreementGap gap, DataLoader<String, List<Claim>> evidenceOf) {
		if (gap.missingAgreement() == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		return evidenceOf.load(gap.missingAgreement().id());
	}

}
