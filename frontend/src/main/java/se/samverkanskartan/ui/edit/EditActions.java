package se.samverkanskartan.ui.edit;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import se.samverkanskartan.ui.api.AuditRecord;
import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;
import se.samverkanskartan.ui.api.NodeDetail;
import se.samverkanskartan.ui.api.NodeRef;

/**
 * The editing controls and what they do: a new node, the tools on a node and on each relation in the side panel,
 * and undo. Offered only to editors and administrators; the API refuses anyone else regardless. After every change
 * {@code onChanged} gets the id of the node to show (null when none is left to show).
 */
public class EditActions {

	private final EditApi edits;
	private final CooperationApi api;
	private final Consumer<String> onChanged;
	private Consumer<NodeRef> picker;

	public EditActions(EditApi edits, CooperationApi api, Consumer<String> onChanged) {
		this.edits = edits;
		this.api = api;
		this.onChanged = onChanged;
	}

	public Button newNodeButton() {
		Button button = new Button(getTranslation("edit.node.new"), VaadinIcon.PLUS.create(),
				e -> new NodeForm(edits, api, null, "REGION", onChanged).open());
		button.setId("new-node");
		return button;
	}

	public Button undoButton() {
		Button button = new Button(getTranslation("edit.undo"), VaadinIcon.ROTATE_LEFT.create(), e -> undo());
		button.setId("undo");
		return button;
	}

	/** Edit, delete, add a relation and attach evidence, for the node shown in the side panel. */
	public Component nodeTools(NodeDetail node) {
		Div tools = new Div();
		tools.setId("node-tools");
		tools.addClassName("edit-tools");
		tools.add(small("edit.node.edit", "edit-node", VaadinIcon.EDIT, () -> api.nodeValues(node.id())
			.ifPresent(values -> new NodeForm(edits, api, values, null, onChanged).open())));
		tools.add(small("edit.relation.add", "add-relation", VaadinIcon.CONNECT, () -> new RelationDialog(edits, api,
				new NodeRef(node.id(), node.kind(), node.name()), p -> picker = p, onChanged).open()));
		tools.add(small("edit.evidence.add", "add-evidence", VaadinIcon.QUOTE_LEFT, () -> new EvidenceDialog(edits, api,
				node.id(), node.name(), node.version(), () -> onChanged.accept(node.id())).open()));
		Button delete = small("edit.delete", "delete-node", VaadinIcon.TRASH, () -> confirm(node.name(),
				() -> done(edits.deleteNode(node.id(), node.version()), null, node.id())));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		tools.add(delete);
		return tools;
	}

	/** Evidence and delete for one relation of the node shown. */
	public Component relationTools(NodeDetail node, NodeDetail.Relation relation) {
		String label = getTranslation("relation." + relation.type()) + " " + relation.other().name();
		Div tools = new Div(small("edit.evidence.add", null, VaadinIcon.QUOTE_LEFT, () -> new EvidenceDialog(edits, api,
				relation.id(), label, relation.version(), () -> onChanged.accept(node.id())).open()),
				small("edit.delete", null, VaadinIcon.TRASH, () -> confirm(label,
						() -> done(edits.deleteRelation(relation.id(), relation.version()), node.id(), node.id()))));
		tools.addClassName("edit-tools");
		return tools;
	}

	/**
	 * Gives a clicked node to an open relation dialog that waits for one ("pick on the map"); true when it was
	 * taken, so that the click does not also open the node.
	 */
	public boolean pick(NodeRef node) {
		if (picker == null) {
			return false;
		}
		picker.accept(node);
		picker = null;
		return true;
	}

	private void undo() {
		EditResult<AuditRecord> result = edits.undoLastChange();
		if (result.ok()) {
			AuditRecord undone = result.value();
			Notification.show(getTranslation("edit.undone", getTranslation("audit.action." + undone.action()),
					undone.entityId()), 4000, Notification.Position.BOTTOM_START).setId("undo-done");
			onChanged.accept("NODE".equals(undone.entityType()) ? undone.entityId() : null);
		}
		else {
			error(result.conflict() ? getTranslation("edit.undo.conflict")
					: ApiProblem.summary(com.vaadin.flow.component.UI.getCurrent(), result));
		}
	}

	private void done(EditResult<String> result, String show, String reloadOnConflict) {
		if (result.ok()) {
			onChanged.accept(show);
		}
		else if (result.conflict()) {
			new ConflictDialog(() -> onChanged.accept(reloadOnConflict)).open();
		}
		else {
			error(ApiProblem.summary(com.vaadin.flow.component.UI.getCurrent(), result));
		}
	}

	private void confirm(String what, Runnable action) {
		ConfirmDialog dialog = new ConfirmDialog(getTranslation("edit.delete.title"),
				getTranslation("edit.delete.text", what), getTranslation("edit.delete"), e -> action.run());
		dialog.setId("delete-dialog");
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("edit.cancel"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.open();
	}

	private static void error(String message) {
		Notification note = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
		note.addThemeVariants(NotificationVariant.LUMO_ERROR);
		note.setId("edit-error");
	}

	private Button small(String key, String id, VaadinIcon icon, Runnable action) {
		Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
		if (id != null) {
			button.setId(id);
		}
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return button;
	}

	private static String getTranslation(String key, Object... params) {
		return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, params);
	}
}
