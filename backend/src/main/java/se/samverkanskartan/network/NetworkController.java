package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.gap.GapAnalysis;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.network.Network.NetworkNode;

/**
 * The network to draw, whole, filtered, or around one node. A filtered network is scoped in the database first, so
 * that a request reads, styles and analyses what it returns, not the whole graph.
 */
@Controller
class NetworkController {

	static final int MAX_DEPTH = 4;

	private static final Set<String> COOPERATION = Set.of("FLOW", "ASSIGNMENT", "GROUP");

	private final NetworkReader network;

	private final NetworkScope scope;

	private final GapAnalysis gaps;

	private final NodeReader reader;

	private final KnownIds known;

	NetworkController(NetworkReader network, NetworkScope scope, GapAnalysis gaps, NodeReader reader, KnownIds known) {
		this.known = known;
		this.network = network;
		this.scope = scope;
		this.gaps = gaps;
		this.reader = reader;
	}

	@QueryMapping
	Network network(@Argument @Nullable LocalDate asOf, @Argument @Nullable List<String> healthcareRegions,
			@Argument @Nullable List<String> regions, @Argument @Nullable List<NodeKind> kinds,
			@Argument @Nullable List<String> careAreas) {
		this.known.require("healthcareRegions", healthcareRegions, NodeKind.HEALTHCARE_REGION);
		this.known.require("regions", regions, NodeKind.REGION);
		this.known.require("careAreas", careAreas, NodeKind.CARE_AREA);
		LocalDate date = this.reader.asOf(asOf);
		Set<String> kept = NetworkFilter.kept(this.scope, date, healthcareRegions, regions, kinds, careAreas);
		if (kept == null) {
			return Folding.fold(styled(date, null));
		}
		// Folded after the restriction: a count is only ever on a node the answer holds.
		return Folding.fold(NetworkFilter.restrict(styled(date, this.scope.withContext(date, kept)), kept));
	}

	@QueryMapping
	Network neighbourhood(@Argument String id, @Argument @Nullable Integer depth, @Argument @Nullable LocalDate asOf) {
		int steps = depth == null ? 1 : depth;
		if (steps < 1 || steps > MAX_DEPTH) {
			throw new InvalidArgumentException("depth", "must be between 1 and " + MAX_DEPTH + ", was " + steps);
		}
		this.known.require("id", id);
		LocalDate date = this.reader.asOf(asOf);
		Set<String> ids = this.network.around(id, steps, date);
		return Folding.fold(styled(date, ids));
	}

	/** The network among {@code ids} (all when null), styled, with the gaps of the cooperation it draws. */
	private Network styled(LocalDate asOf, @Nullable Set<String> ids) {
		NetworkReader.Raw raw = this.network.read(asOf, ids);
		Set<String> cooperation = raw.nodes().stream().filter(n -> COOPERATION.contains(n.kind())).map(NetworkNode::id)
			.collect(Collectors.toSet());
		return NetworkStyler.style(new Network(asOf, raw.nodes(), raw.edges()), raw.partialEdges(),
				this.gaps.marks(asOf, ids == null ? null : cooperation));
	}

}
