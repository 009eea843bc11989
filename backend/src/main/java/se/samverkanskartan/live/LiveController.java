package se.samverkanskartan.live;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.Visibility;

/** The {@code graphChanged} subscription. */
@Controller
class LiveController {

	private final ChangeBroadcaster broadcaster;

	LiveController(ChangeBroadcaster broadcaster) {
		this.broadcaster = broadcaster;
	}

	/** Who may see internal facts is decided when subscribing, from the credentials of the WebSocket handshake. */
	@SubscriptionMapping
	Flux<AuditEntry> graphChanged(@Argument @Nullable List<String> entityIds) {
		boolean seeInternal = Visibility.seeInternal();
		Set<String> only = entityIds == null ? Set.of() : Set.copyOf(entityIds);
		return this.broadcaster.changes()
			.filter(entry -> seeInternal || !entry.internal())
			.filter(entry -> only.isEmpty() || only.contains(entry.entityId())
					|| entry.related().stream().anyMatch(only::contains));
	}

}
