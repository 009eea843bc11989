package se.samverkanskartan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The panel beside the map (details, gaps, changes, saved views). It opens folded to a rail of its tabs, so the map
 * has the width to show its labels at a readable size; choosing a tab, or something on the map or in the table,
 * opens it, and its button folds it again.
 */
final class SidePanel {

	private final TabSheet tabs = new TabSheet();
	private final Button toggle = new Button();
	private boolean open;

	SidePanel() {
		tabs.addClassName("side");
		toggle.setId("side-toggle");
		toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
		toggle.addClickListener(e -> show(!open));
		tabs.setSuffixComponent(toggle);
		tabs.addSelectedChangeListener(e -> {
			if (e.isFromClient()) {
				show(true);
			}
		});
		// A click on the tab already chosen changes no selection, but on the rail it means "open this".
		tabs.getElement().addEventListener("click", e -> show(true))
			.setFilter("event.target.closest('vaadin-tab') != null");
		render();
	}

	TabSheet tabs() {
		return tabs;
	}

	/** Opens the panel on its first tab (the details of what was chosen). */
	void showDetails() {
		tabs.setSelectedIndex(0);
		show(true);
	}

	void show(boolean open) {
		if (open != this.open) {
			this.open = open;
			render();
		}
	}

	private void render() {
		tabs.setClassName("side-closed", !open);
		toggle.setIcon((open ? VaadinIcon.ANGLE_DOUBLE_RIGHT : VaadinIcon.ANGLE_DOUBLE_LEFT).create());
		String words = tabs.getTranslation(open ? "side.close" : "side.open");
		toggle.setAriaLabel(words);
		toggle.setTooltipText(words);
	}
}
