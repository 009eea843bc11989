package se.samverkanskartan.ui.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkanskartan.ui.api.AuditApi;
import se.samverkanskartan.ui.api.AuditRecord;

/**
 * The overall audit trail: the latest changes to anything, newest first. Reloaded when shown and after every
 * change; choosing a row about a node opens that node.
 */
public class AuditTrailPanel extends Div {

	private static final int SHOWN = 100;

	private final AuditApi audit;
	private final Grid<AuditRecord> grid = new Grid<>();

	public AuditTrailPanel(AuditApi audit, Consumer<String> onOpenNode) {
		this.audit = audit;
		setId("audit-trail");
		addClassName("audit-trail");
		grid.addColumn(e -> e.at() == null ? "" : e.at().replace('T', ' ').substring(0, Math.min(16, e.at().length())))
			.setHeader(getTranslation("audit.at")).setAutoWidth(true);
		grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
		grid.addColumn(e -> getTranslation("audit.action." + e.action())
				+ (e.undoneBy() == null ? "" : " (" + getTranslation("audit.undone") + ")"))
			.setHeader(getTranslation("audit.action")).setAutoWidth(true);
		FactChanges words = HistoryList.words(this);
		grid.addColumn(e -> Objects.requireNonNullElse(FactChanges.name(e), e.entityId()))
			.setHeader(getTranslation("audit.entity")).setFlexGrow(1);
		grid.addColumn(e -> String.join("; ", words.lines(e)))
			.setHeader(getTranslation("audit.fields")).setFlexGrow(2);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.asSingleSelect().addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null && "NODE".equals(e.getValue().entityType())
					&& !"DELETE".equals(e.getValue().action())) {
				onOpenNode.accept(e.getValue().entityId());
			}
		});
		add(new Paragraph(getTranslation("audit.intro")), grid);
	}

	public void refresh() {
		try {
			List<AuditRecord> entries = audit.auditTrail(SHOWN);
			grid.setItems(entries);
		}
		catch (RuntimeException ex) {
			// Anonymous readers may not read the trail; the tab is not offered to them, so this is only a lost race.
			grid.setItems(List.of());
		}
	}
}
