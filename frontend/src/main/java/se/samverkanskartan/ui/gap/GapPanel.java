package se.samverkanskartan.ui.gap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkanskartan.ui.api.GapReport;
import se.samverkanskartan.ui.api.NodeRef;
import se.samverkanskartan.ui.common.EvidenceList;

/**
 * Lists the missing agreements beside the map: the counts per region, then stated gaps (a source says the
 * agreement is missing) and derived gaps (found by the analysis) apart, each with its reason and quotes.
 */
public class GapPanel extends Div {

	private final Consumer<String> onFocus;
	private GapReport report;

	public GapPanel(Consumer<String> onFocus) {
		this.onFocus = onFocus;
		setId("gap-panel");
		addClassName("gap-panel");
	}

	public void show(GapReport gaps) {
		this.report = gaps;
		removeAll();
		Span summary = new Span(getTranslation("gaps.summary", gaps.stated().size(), gaps.derived().size(),
				String.valueOf(gaps.asOf())));
		summary.setId("gap-summary");
		Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD,
				getTranslation("gaps.csv"));
		csv.setId("export-csv");
		add(summary, csv, perRegion(gaps.perRegion()));
		add(section("gaps.stated", "gaps-stated", gaps.stated()));
		add(section("gaps.derived", "gaps-derived", gaps.derived()));
	}

	private DownloadResponse csv() {
		List<String> header = List.of("asOf", "gapKind", "cooperation", "cooperationId", "organisations",
				"missingAgreement", "reason", "quotes", "sources").stream()
			.map(h -> getTranslation("gaps.csv." + h)).toList();
		byte[] bytes = GapCsv.of(report, header).getBytes(StandardCharsets.UTF_8);
		return new DownloadResponse(new ByteArrayInputStream(bytes), "luckor-" + report.asOf() + ".csv",
				"text/csv;charset=UTF-8", bytes.length);
	}

	private Grid<GapReport.RegionCount> perRegion(List<GapReport.RegionCount> counts) {
		Grid<GapReport.RegionCount> grid = new Grid<>();
		grid.setId("gaps-per-region");
		grid.setAriaLabel(getTranslation("gaps.perRegion"));
		grid.addColumn(c -> c.region().name()).setHeader(getTranslation("gaps.region")).setFlexGrow(3);
		grid.addColumn(GapReport.RegionCount::stated).setHeader(getTranslation("gap.kind.STATED"));
		grid.addColumn(GapReport.RegionCount::derived).setHeader(getTranslation("gap.kind.DERIVED"));
		grid.setItems(counts);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		return grid;
	}

	private Div section(String titleKey, String id, List<GapReport.Gap> gaps) {
		Div section = new Div(new H4(getTranslation(titleKey, gaps.size())));
		section.setId(id);
		section.addClassName("gap-section");
		gaps.forEach(g -> section.add(entry(g)));
		return section;
	}

	private Div entry(GapReport.Gap gap) {
		Div entry = new Div();
		entry.addClassNames("gap-entry", "gap-" + gap.gapKind().toLowerCase());
		NodeRef cooperation = gap.cooperation();
		Button name = new Button(cooperation.name(), e -> onFocus.accept(cooperation.id()));
		name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		entry.add(new Div(new Span("⚠ " + getTranslation("gap.kind." + gap.gapKind()) + ": "), name));
		String organisations = String.join(" ↔ ", gap.organisations().stream().map(NodeRef::name).toList());
		entry.add(new Div(getTranslation("gaps.organisations", organisations)));
		if (gap.missingAgreement() != null) {
			entry.add(new Div(getTranslation("gaps.missingAgreement", gap.missingAgreement().name())));
		}
		Div reason = new Div(getTranslation("gaps.reason", gap.reason()));
		reason.addClassName("gap-reason");
		entry.add(reason);
		if (!gap.evidence().isEmpty()) {
			entry.add(new EvidenceList(gap.evidence()));
		}
		return entry;
	}
}
