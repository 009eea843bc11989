package se.samverkanskartan.ui.edit;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Someone else changed the fact after it was read, and the API refused to overwrite their change. Offers to reload
 * what is stored now; the user's own changes are then to be made again on top of it.
 */
class ConflictDialog extends ConfirmDialog {

	ConflictDialog(Runnable reload) {
		setId("conflict-dialog");
		setHeader(getTranslation("edit.conflict.title"));
		setText(getTranslation("edit.conflict.text"));
		setConfirmText(getTranslation("edit.conflict.reload"));
		setCancelable(true);
		setCancelText(getTranslation("edit.cancel"));
		addConfirmListener(e -> reload.run());
	}
}
