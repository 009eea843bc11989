package se.samverkanskartan.ui.explore;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.ui.api.CardApi;
import se.samverkanskartan.ui.api.Evidence;
import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.common.StatusWords;
import se.samverkanskartan.ui.map.CooperationMap;
import se.samverkanskartan.ui.map.MapCard;

/**
 * Answers the map's hover cards: name, kind, validity and agreement status of what the pointer rests on, and its
 * first quote with the document and line, in the UI's language. Read when asked, so the map's own read stays small.
 */
public final class HoverCards {

	private final CardApi api;
	private final Supplier<Scene> scene;
	private final Component words;

	public HoverCards(CooperationMap map, CardApi api, Supplier<Scene> scene) {
		this.api = api;
		this.scene = scene;
		this.words = map;
		map.addCardRequestListener(e -> {
			MapCard card = e.edge() ? edgeCard(e.elementId()) : nodeCard(e.elementId());
			if (card != null) {
				map.showCard(e.elementId(), card);
			}
		});
	}

	private MapCard nodeCard(String id) {
		Scene shown = scene.get();
		MapNetwork.Node node = shown == null ? null : shown.network().node(id);
		return api.node(id).map(card -> new MapCard(card.name(), t("kind." + card.kind()),
				period(card.validity() == null ? null : card.validity().label()),
				node == null ? "" : StatusWords.of(node, this::t), quote(card.evidence()), source(card.evidence())))
			.orElse(null);
	}

	private MapCard edgeCard(String id) {
		Scene shown = scene.get();
		MapNetwork.Edge edge = shown == null ? null
				: shown.network().edges().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
		if (edge == null) {
			return null;
		}
		MapNetwork.Node from = shown.network().node(edge.source());
		MapNetwork.Node to = shown.network().node(edge.target());
		String title = (from == null ? edge.source() : from.label()) + " " + t("relation." + edge.type()) + " "
				+ (to == null ? edge.target() : to.label());
		String status = edge.gap() == null ? "" : t("gap.kind." + edge.gap());
		return api.relation(edge.source(), id).map(r -> new MapCard(title, t("card.relation"),
				period(r.validity() == null ? null : r.validity().label()), status, quote(r.evidence()), source(r.evidence())))
			.orElse(new MapCard(title, t("card.relation"), "", status, "", ""));
	}

	private String period(String label) {
		return label == null || label.isBlank() ? t("card.validAlways") : t("card.valid", label);
	}

	private static String quote(java.util.List<Evidence> evidence) {
		return evidence.isEmpty() ? "" : evidence.getFirst().quote();
	}

	private String source(java.util.List<Evidence> evidence) {
		if (evidence.isEmpty()) {
			return t("card.noSource");
		}
		Evidence first = evidence.getFirst();
		String document = first.document() == null ? "" : first.document().name();
		String where = first.summarised() ? t("card.summary", document) : document + ", " + first.locator();
		return evidence.size() > 1 ? t("card.moreSources", where, evidence.size() - 1) : where;
	}

	private String t(String key, Object... parameters) {
		return words.getTranslation(key, parameters);
	}
}
