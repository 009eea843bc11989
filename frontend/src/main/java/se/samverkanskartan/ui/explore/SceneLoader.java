package se.samverkanskartan.ui.explore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkanskartan.ui.api.ChangeSet;
import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.state.ViewState;

/**
 * Loads a {@link Scene} for a {@link ViewState}. In compare mode the map shows both dates at once (the union of
 * the two networks) so that the layout is the same for both and removed elements stay visible where they were.
 */
@Component
public class SceneLoader {

	private final CooperationApi api;

	SceneLoader(CooperationApi api) {
		this.api = api;
	}

	/** The scene of {@code state}; the gaps come from {@code reads}, which keeps them for the date. */
	public Scene load(ViewState state, DateReads reads) {
		MapNetwork network = networkOn(state, state.effectiveDate());
		Map<String, String> marks = Map.of();
		ChangeSet changes = null;
		if (state.comparing()) {
			MapNetwork before = networkOn(state, state.compareFrom());
			changes = api.changes(state.compareFrom(), state.effectiveDate());
			marks = marks(before, network, changes);
			network = network.union(before);
		}
		return new Scene(state, network, marks, changes, reads.gaps(state.effectiveDate()), network.unsourced());
	}

	private MapNetwork networkOn(ViewState state, java.time.LocalDate date) {
		if (state.neighbourhoodOnly()) {
			return state.filter().applyAgreementStatus(api.neighbourhood(state.focus(), state.depth(), date));
		}
		return api.network(date, state.filter());
	}

	/**
	 * Marks what the change set names, and also whatever is in one network and not the other, so that the map's
	 * marks agree with what it draws even where the change set is coarser.
	 */
	static Map<String, String> marks(MapNetwork before, MapNetwork after, ChangeSet changes) {
		Map<String, String> marks = new HashMap<>();
		changes.changed().forEach(c -> marks.put(c.id(), "changed"));
		changes.added().forEach(c -> marks.put(c.id(), "added"));
		changes.removed().forEach(c -> marks.put(c.id(), "removed"));
		Set<String> beforeIds = ids(before);
		Set<String> afterIds = ids(after);
		afterIds.stream().filter(id -> !beforeIds.contains(id)).forEach(id -> marks.put(id, "added"));
		beforeIds.stream().filter(id -> !afterIds.contains(id)).forEach(id -> marks.put(id, "removed"));
		return marks;
	}

	private static Set<String> ids(MapNetwork network) {
		Set<String> ids = new HashSet<>();
		network.nodes().forEach(n -> ids.add(n.id()));
		network.edges().forEach(e -> ids.add(e.id()));
		return ids;
	}
}
