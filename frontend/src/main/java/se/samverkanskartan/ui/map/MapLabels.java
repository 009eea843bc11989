package se.samverkanskartan.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;

/** The texts the browser module needs for the legend and gap labels, in the UI's language. */
final class MapLabels {

	private MapLabels() {
	}

	static Map<String, Object> of(Component c) {
		Map<String, String> kinds = new LinkedHashMap<>();
		NodeKinds.ALL.forEach(kind -> kinds.put(kind, c.getTranslation("kind." + kind)));
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("kinds", kinds);
		labels.put("legend", c.getTranslation("legend.title"));
		labels.put("gapStated", c.getTranslation("legend.gap.stated"));
		labels.put("gapDerived", c.getTranslation("legend.gap.derived"));
		labels.put("gapStatedShort", c.getTranslation("gap.kind.STATED"));
		labels.put("gapDerivedShort", c.getTranslation("gap.kind.DERIVED"));
		labels.put("missing", c.getTranslation("legend.missing"));
		labels.put("added", c.getTranslation("legend.added"));
		labels.put("removed", c.getTranslation("legend.removed"));
		labels.put("changed", c.getTranslation("legend.changed"));
		labels.put("unsourced", c.getTranslation("legend.unsourced"));
		return labels;
	}
}
