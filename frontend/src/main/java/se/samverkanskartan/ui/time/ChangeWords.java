package se.samverkanskartan.ui.time;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.ui.api.ChangeSet;
import se.samverkanskartan.ui.api.MapNetwork;

/**
 * Says a change in the UI's language from the API's values: relation types, kinds and statuses through the
 * translation keys named after the schema's enum values, names instead of ids.
 */
final class ChangeWords {

	private final Component speaker;

	ChangeWords(Component speaker) {
		this.speaker = speaker;
	}

	/** "Region Örebro län ingår i Mellansjukvårdsregionen", with the names the map shows where the API gave none. */
	String relation(MapNetwork.Edge edge, ChangeSet.Change change, MapNetwork drawn) {
		String source = change != null && change.sourceName() != null ? change.sourceName() : label(drawn, edge.source());
		String target = change != null && change.targetName() != null ? change.targetName() : label(drawn, edge.target());
		return source + " " + speaker.getTranslation("relation." + edge.type()) + " " + target;
	}

	String kind(MapNetwork.Node node) {
		return speaker.getTranslation("kind." + node.kind());
	}

	/** The values that changed, e.g. "Status: Pågående → Ej genomfört"; the API's description where it gave no field. */
	String values(List<ChangeSet.Change> changes) {
		return changes.stream().map(this::value).collect(Collectors.joining("; "));
	}

	private String value(ChangeSet.Change change) {
		if (change.field() == null) {
			return change.description();
		}
		String prefix = "status".equals(change.field()) ? "assignmentStatus." : null;
		String date = change.date() == null ? "" : " (" + change.date() + ")";
		return speaker.getTranslation("changes.field." + change.field()) + ": " + word(prefix, change.before()) + " → "
				+ word(prefix, change.after()) + date;
	}

	private String word(String prefix, String value) {
		if (value == null) {
			return "–";
		}
		return prefix == null ? value : speaker.getTranslation(prefix + value);
	}

	private static String label(MapNetwork drawn, String id) {
		MapNetwork.Node node = drawn.node(id);
		return node == null ? id : node.label();
	}
}
