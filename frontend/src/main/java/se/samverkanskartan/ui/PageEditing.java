package se.samverkanskartan.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;

import se.samverkanskartan.ui.api.AuditApi;
import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.api.NodeRef;
import se.samverkanskartan.ui.edit.AuditTrailPanel;
import se.samverkanskartan.ui.edit.EditActions;
import se.samverkanskartan.ui.edit.HistoryList;
import se.samverkanskartan.ui.edit.ImportDialog;
import se.samverkanskartan.ui.explore.DetailPanel;
import se.samverkanskartan.ui.security.CurrentUser;
import se.samverkanskartan.ui.security.UserBox;

/**
 * What the page offers depending on who uses it: editing controls for editors and administrators, history and the
 * audit trail for signed-in users, and the user's corner for everyone. A viewer's or an anonymous reader's page
 * has no editing control at all, not merely disabled ones.
 */
final class PageEditing {

	private final CurrentUser user;
	private final Component importButton;
	private final AuditApi audit;
	private final EditActions actions;
	private final AuditTrailPanel trail;

	PageEditing(MapPage page, CooperationApi api, EditApi edits, AuditApi audit, CurrentUser user) {
		this.user = user;
		this.audit = audit;
		this.actions = user.mayEdit() ? new EditActions(edits, api, page::changed) : null;
		this.importButton = user.isAdmin() ? ImportDialog.button(edits, api.vocabulary(), () -> page.changed(null)) : null;
		this.trail = user.signedIn() ? new AuditTrailPanel(audit, page::open) : null;
	}

	/** New node and undo for editors, import for administrators, then the user's corner. */
	List<Component> headerTools() {
		List<Component> tools = new ArrayList<>();
		if (actions != null) {
			tools.add(actions.newNodeButton());
			tools.add(actions.undoButton());
		}
		if (importButton != null) {
			tools.add(importButton);
		}
		tools.add(new UserBox(user));
		return tools;
	}

	void decorate(DetailPanel detail) {
		detail.setExtras(node -> actions == null ? null : actions.nodeTools(node),
				(node, relation) -> actions == null ? null : actions.relationTools(node, relation),
				id -> user.signedIn() ? new HistoryList(audit.history(id)) : null);
	}

	void addTabs(TabSheet side) {
		if (trail != null) {
			side.add(side.getTranslation("tab.audit"), trail).setId("tab-audit");
			side.addSelectedChangeListener(e -> {
				if (e.getSelectedTab() != null && "tab-audit".equals(e.getSelectedTab().getId().orElse(null))) {
					trail.refresh();
				}
			});
		}
	}

	/** A node clicked while a relation dialog waits for one goes to the dialog; true when it was taken. */
	boolean pick(MapNetwork.Node node) {
		return actions != null && node != null && actions.pick(new NodeRef(node.id(), node.kind(), node.label()));
	}

	void refresh() {
		if (trail != null && trail.isAttached() && trail.isVisible()) {
			trail.refresh();
		}
	}
}
