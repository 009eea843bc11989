package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.gap.GapAnalysis;
import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeReader;

/** The network to draw, whole, filtered, or around one node. */
@Controller
class NetworkController {

	static final int MAX_DEPTH = 4;

	private final NetworkReader network;

	private final GapAnalysis gaps;

	private final NodeReader reader;

	NetworkController(NetworkReader network, GapAnalysis gaps, NodeReader reader) {
		this.network = network;
		this.gaps = gaps;
		this.reader = reader;
	}

	@QueryMapping
	Network network(@Argument @Nullable LocalDate asOf, @Argument @Nullable List<String> healthcareRegions,
			@Argument @Nullable List<String> regions, @Argument @Nullable List<String> kinds,
			@Argument @Nullable List<String> careAreas) {
		return NetworkFilter.apply(styled(this.reader.asOf(asOf), null), healthcareRegions, regions, kinds, careAreas);
	}

	@QueryMapping
	Network neighbourhood(@Argument String id, @Argument @Nullable Integer depth, @Argument @Nullable LocalDate asOf) {
		int steps = depth == null ? 1 : depth;
		if (steps < 1 || steps > MAX_DEPTH) {
			throw new InvalidArgumentException("depth", "must be between 1 and " + MAX_DEPTH + ", was " + steps);
		}
		LocalDate date = this.reader.asOf(asOf);
		Set<String> ids = this.network.around(id, steps, date);
		return styled(date, ids);
	}

	private Network styled(LocalDate asOf, @Nullable Set<String> ids) {
		NetworkReader.Raw raw = this.network.read(asOf, ids);
		return NetworkStyler.style(new Network(asOf, raw.nodes(), raw.edges()), raw.partialEdges(),
				this.gaps.analyse(asOf, null));
	}

}
