package se.samverkanskartan.ui.gap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
 * Lists the missing agreements beside the map: the API's counts per region, then stated gaps (a source says the
 * agreement is missing) and derived gaps (found by the analysis) apart, each cooperation once as the API groups them
 * ({@link CooperationGap}) with its reason and quotes. Choosing one shows it on the map and keeps the list.
 */
public class GapPanel extends Div {

	private final Consumer<String> onFocus;
	private final Consumer<Set<String>> onShowGaps;
	private GapReport report;

	/**
	 * {@code onFocus} shows a cooperation on the map; {@code onShowGaps} draws only the gaps, given the kinds of node
	 * the gaps name (their cooperation, parties and missing agreements), so that nothing else is drawn around them.
	 */
	public GapPanel(Consumer<String> onFocus, Consumer<Set<String>> onShowGaps) {
		this.onFocus = onFocus;
		this.onShowGaps = onShowGaps;
		setId("gap-panel");
		addClassName("gap-panel");
	}

	public void show(GapReport gaps) {
		this.report = gaps;
		removeAll();
		List<CooperationGap> stated = CooperationGap.of(gaps.stated());
		List<CooperationGap> derived = CooperationGap.of(gaps.derived());
		Span summary = new Span(getTranslation("gaps.summary", stated.size(), derived.size(),
				String.valueOf(gaps.asOf())));
		summary.setId("gap-summary");
		Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD,
				getTranslation("gaps.csv"));
		csv.setId("export-csv");
		Button onMap = new Button(getTranslation("gaps.showOnMap"), e -> onShowGaps.accept(kindsNamed(gaps)));
		onMap.setId("gaps-show-on-map");
		onMap.addThemeVariants(ButtonVariant.LUMO_SMALL);
		add(summary, new Div(onMap, csv), perRegion(gaps.perRegion()));
		add(section("gaps.stated", "gaps-stated", stated));
		add(section("gaps.derived", "gaps-derived", derived));
	}

	private static Set<String> kindsNamed(GapReport gaps) {
		Set<String> kinds = new HashSet<>();
		Stream.concat(gaps.stated().stream(), gaps.derived().stream()).forEach(g -> {
			kinds.add(g.cooperation().kind());
			g.organisations().forEach(o -> kinds.add(o.kind()));
			if (g.missingAgreement() != null) {
				kinds.add(g.missingAgreement().kind());
			}
		});
		kinds.remove(null);
		return kinds;
	}

	private DownloadResponse csv() {
		byte[] bytes = GapCsv.of(report, key -> getTranslation(key)).getBytes(StandardCharsets.UTF_8);
		return new DownloadResponse(new ByteArrayInputStream(bytes), "luckor-" + report.asOf() + ".csv",
				"text/csv;charset=UTF-8", bytes.length);
	}

	/** The API's counts, which count a flow and the assignments it runs via once, as the list shows them. */
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

	private Div section(String titleKey, String id, List<CooperationGap> gaps) {
		Div section = new Div(new H4(getTranslation(titleKey, gaps.size())));
		section.setId(id);
		section.addClassName("gap-section");
		gaps.forEach(g -> section.add(entry(g)));
		return section;
	}

	private Div entry(CooperationGap group) {
		GapReport.Gap gap = group.gap();
		Div entry = new Div();
		entry.addClassNames("gap-entry", "gap-" + gap.gapKind().toLowerCase());
		GapReport.Cooperation cooperation = gap.cooperation();
		Button name = new Button(cooperation.name(), e -> onFocus.accept(cooperation.id()));
		name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		name.addClassName("gap-cooperation");
		entry.add(new Div(new Span("⚠ " + getTranslation("gap.kind." + gap.gapKind()) + " · "
				+ getTranslation("kind." + cooperation.kind()) + ": "), name));
		if (!group.describedBy().isEmpty()) {
			Div described = new Div(new Span(getTranslation("gaps.describedBy") + " "));
			described.addClassName("gap-described-by");
			group.describedBy().forEach(g -> {
				Button other = new Button(g.cooperation().name(), e -> onFocus.accept(g.cooperation().id()));
				other.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
				described.add(other);
			});
			entry.add(described);
		}
		String organisations = String.join(" ↔ ", group.organisations().stream().map(NodeRef::name).toList());
		entry.add(new Div(getTranslation("gaps.organisations", organisations)));
		for (NodeRef missing : group.missingAgreements()) {
			entry.add(new Div(getTranslation("gaps.missingAgreement", missing.name())));
		}
		Div reason = new Div(getTranslation("gaps.reason", gap.reason()));
		reason.addClassName("gap-reason");
		entry.add(reason);
		if (!group.evidence().isEmpty()) {
			entry.add(new EvidenceList(group.evidence()));
		}
		return entry;
	}
}
