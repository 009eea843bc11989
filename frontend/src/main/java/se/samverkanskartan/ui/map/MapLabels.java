package se.samverkanskartan.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.api.Vocabulary;

/**
 * The texts the browser module needs for the legend and gap labels, in the UI's language: for the kinds, gap
 * kinds and assignment statuses that the network holds, by the values the API sent; and the vocabulary's order of
 * the overview's kinds and its landmarks, so the module keeps no list of its own.
 */
final class MapLabels {

	private MapLabels() {
	}

	static Map<String, Object> of(Component c, MapNetwork network, Vocabulary vocabulary) {
		Map<String, String> kinds = new LinkedHashMap<>();
		network.nodes().forEach(n -> kinds.computeIfAbsent(n.kind(), kind -> c.getTranslation("kind." + kind)));
		Map<String, String> gapShort = new LinkedHashMap<>();
		Map<String, String> gapLegend = new LinkedHashMap<>();
		network.edges().stream().filter(e -> e.gap() != null).forEach(e -> {
			gapShort.computeIfAbsent(e.gap(), gap -> c.getTranslation("gap.kind." + gap));
			gapLegend.computeIfAbsent(e.gap(), gap -> c.getTranslation("legend.gap." + gap));
		});
		// Assignment statuses drawn, reported before forecast: "STARTED", or "NOT_COMPLETED:FORECAST".
		Map<String, String> statuses = new java.util.TreeMap<>(java.util.Comparator
			.comparing((String key) -> key.endsWith(":FORECAST")).thenComparing(java.util.Comparator.naturalOrder()));
		network.nodes().stream().filter(n -> n.status() != null).forEach(n -> {
			String state = c.getTranslation("assignmentStatus." + n.status().status());
			statuses.computeIfAbsent(n.status().status() + (n.status().forecast() ? ":FORECAST" : ""),
					key -> n.status().forecast() ? c.getTranslation("legend.statusForecast", state) : state);
		});
		// "12 uppdrag": the words for the kinds the overview folds into counts, as the API marked them.
		Map<String, Map<String, String>> countWords = new LinkedHashMap<>();
		network.nodes().stream().filter(n -> n.foldsInto() != null).forEach(n -> countWords.computeIfAbsent(n.kind(),
				kind -> Map.of("one", c.getTranslation("kind." + kind + ".one"),
						"other", c.getTranslation("kind." + kind + ".other"))));
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("countWords", countWords);
		labels.put("overviewOrder", vocabulary.overviewOrder());
		labels.put("landmarks", vocabulary.landmarks());
		labels.put("countOpen", c.getTranslation("map.count.open"));
		labels.put("cardCount", c.getTranslation("card.count"));
		labels.put("cardCountOpen", c.getTranslation("card.countOpen"));
		labels.put("cardVia", c.getTranslation("card.via"));
		labels.put("countLegend", c.getTranslation("legend.count"));
		labels.put("statuses", statuses);
		labels.put("kinds", kinds);
		labels.put("legend", c.getTranslation("legend.title"));
		labels.put("gapShort", gapShort);
		labels.put("gapLegend", gapLegend);
		labels.put("missing", c.getTranslation("legend.missing"));
		labels.put("added", c.getTranslation("legend.added"));
		labels.put("removed", c.getTranslation("legend.removed"));
		labels.put("changed", c.getTranslation("legend.changed"));
		labels.put("unsourced", c.getTranslation("legend.unsourced"));
		return labels;
	}
}
