package se.samverkanskartan.live;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.KnownIds;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.Visibility;

/** The {@code graphChanged} subscription. */
@Controller
class LiveController {

	private final TrailFollower follower;

	private final KnownIds known;

	LiveController(TrailFollower follower, KnownIds known) {
		this.follower = follower;
		this.known = known;
	}

	/**
	 * Who may see internal facts is decided when subscribing, from the credentials of the WebSocket handshake. The
	 * kind and region filters read what {@link ScopeRecorder} kept of each change as it committed.
	 */
	@SubscriptionMapping
	Flux<AuditEntry> graphChanged(@Argument @Nullable List<String> entityIds, @Argument @Nullable List<NodeKind> kinds,
			@Argument @Nullable List<String> regions) {
		this.known.require("regions", regions, NodeKind.REGION);
		boolean seeInternal = Visibility.seeInternal();
		Set<String> only = entityIds == null ? Set.of() : Set.copyOf(entityIds);
		Set<NodeKind> ofKinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		Set<String> inRegions = regions == null ? Set.of() : Set.copyOf(regions);
		return this.follower.changes(ofKinds, inRegions)
			.filter(change -> seeInternal || !change.entry().internal())
			.filter(change -> only.isEmpty() || only.contains(change.entry().entityId())
					|| change.entry().related().stream().anyMatch(only::contains))
			.filter(change -> change.matches(ofKinds, inRegions))
			.map(Announcement::entry);
	}

}
