package se.samverkanskartan.ui.explore;

import java.util.List;

import com.vaadin.flow.component.html.Div;

import se.samverkanskartan.ui.api.NodeDetail;
import se.samverkanskartan.ui.common.EvidenceList;

/**
 * What the reports said of an assignment, oldest first, each with its quote: a reported state with the report's
 * date as written, or a forecast with the day it is for, so that "bedöms inte vara genomfört" never reads as a fact.
 */
class StatusHistory extends Div {

	StatusHistory(List<NodeDetail.Status> statuses) {
		addClassName("status-history");
		for (NodeDetail.Status s : statuses) {
			Div item = new Div();
			item.addClassNames("status-observation", s.forecast() ? "forecast" : "reported");
			String state = getTranslation("assignmentStatus." + s.status());
			Div heading = new Div(s.forecast() ? getTranslation("detail.status.FORECAST", s.date(), state, s.reportedOn())
					: getTranslation("detail.status.REPORTED", s.reportedOn(), state));
			heading.addClassName("status-heading");
			item.add(heading);
			if (s.note() != null) {
				item.add(new Div(s.note()));
			}
			if (s.reason() != null) {
				Div reason = new Div(getTranslation("detail.reason") + ": " + s.reason());
				reason.addClassName("reason");
				item.add(reason);
			}
			item.add(new EvidenceList(s.evidence()));
			add(item);
		}
	}

}
