package se.samverkanskartan.ui.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import se.samverkanskartan.ui.api.MapNetwork;
import se.samverkanskartan.ui.api.NetworkFilter;
import se.samverkanskartan.ui.api.Vocabulary;
import se.samverkanskartan.ui.map.MapLayout;
import se.samverkanskartan.ui.state.ViewState;

/**
 * The map's filters and layout choice. Kinds and statuses come from the vocabulary, organisations and care areas
 * from the unfiltered network, so that only what exists can be chosen; a change is reported as a new filter or
 * layout. The status box offers an agreement's own statuses and, after them, the cooperation that lacks an
 * agreement (by gap kind): the question users ask of the map most.
 */
public class FilterPanel extends VerticalLayout {

	/** The schema's enums the status box offers. */
	static final String AGREEMENT_STATUS = "AgreementStatus";

	static final String GAP_KIND = "GapKind";

	/** Gap kinds share the status box with statuses; their option ids carry this prefix. */
	private static final String GAP = "gap:";

	private final MultiSelectComboBox<Option> healthcareRegions = box("filter.healthcareRegion", "filter-hr");
	private final MultiSelectComboBox<Option> regions = box("filter.region", "filter-region");
	private final MultiSelectComboBox<Option> kinds = box("filter.kind", "filter-kind");
	private final MultiSelectComboBox<Option> careAreas = box("filter.careArea", "filter-care");
	private final MultiSelectComboBox<Option> statuses = box("filter.agreementStatus", "filter-status");
	private final Select<MapLayout> layout = new Select<>();
	private final Checkbox grouped = new Checkbox();
	private boolean updating;

	public FilterPanel(Vocabulary vocabulary, Consumer<NetworkFilter> onFilter,
			java.util.function.BiConsumer<MapLayout, Boolean> onLayout) {
		setPadding(false);
		setSpacing(false);
		kinds.setItems(vocabulary.kindNames().stream().map(k -> new Option(k, getTranslation("kind." + k))).toList());
		List<Option> statusOptions = new java.util.ArrayList<>();
		vocabulary.values(AGREEMENT_STATUS).forEach(s -> statusOptions.add(new Option(s, getTranslation("status." + s))));
		vocabulary.values(GAP_KIND).forEach(g -> statusOptions.add(new Option(GAP + g, getTranslation("gap.filter." + g))));
		statuses.setItems(statusOptions);
		layout.setLabel(getTranslation("filter.layout"));
		layout.setId("layout-select");
		layout.setItems(MapLayout.values());
		layout.setItemLabelGenerator(l -> getTranslation("layout." + l.name()));
		layout.setWidthFull();
		grouped.setLabel(getTranslation("filter.grouped"));
		grouped.setId("grouped");
		add(healthcareRegions, regions, kinds, careAreas, statuses, layout, grouped);
		List.of(healthcareRegions, regions, kinds, careAreas, statuses).forEach(b -> b.addValueChangeListener(e -> {
			if (!updating && e.isFromClient()) {
				onFilter.accept(filter());
			}
		}));
		layout.addValueChangeListener(e -> {
			if (!updating && e.isFromClient()) {
				onLayout.accept(e.getValue(), grouped.getValue());
			}
		});
		grouped.addValueChangeListener(e -> {
			if (!updating && e.isFromClient()) {
				onLayout.accept(layout.getValue(), e.getValue());
			}
		});
	}

	/**
	 * Fills the choices from the full network of the date shown. What is chosen stays chosen where it is still
	 * offered: a live update reloads the choices without showing the state again, and setItems clears a box.
	 */
	public void setOptions(MapNetwork all) {
		offer(healthcareRegions, options(all, "HEALTHCARE_REGION"));
		offer(regions, options(all, "REGION"));
		offer(careAreas, options(all, "CARE_AREA"));
	}

	/** Shows a state's filters and layout without reporting them back as changes. */
	public void show(ViewState state) {
		updating = true;
		try {
			select(healthcareRegions, state.filter().healthcareRegions());
			select(regions, state.filter().regions());
			select(kinds, state.filter().kinds());
			select(careAreas, state.filter().careAreas());
			select(statuses, java.util.stream.Stream.concat(state.filter().agreementStatuses().stream(),
					state.filter().gaps().stream().map(g -> GAP + g)).collect(Collectors.toSet()));
			layout.setValue(state.layout());
			grouped.setValue(state.grouped());
		}
		finally {
			updating = false;
		}
	}

	NetworkFilter filter() {
		Set<String> chosen = ids(statuses);
		return new NetworkFilter(ids(healthcareRegions), ids(regions), ids(kinds), ids(careAreas),
				chosen.stream().filter(s -> !s.startsWith(GAP)).collect(Collectors.toSet()),
				chosen.stream().filter(s -> s.startsWith(GAP)).map(s -> s.substring(GAP.length()))
					.collect(Collectors.toSet()));
	}

	private MultiSelectComboBox<Option> box(String key, String id) {
		MultiSelectComboBox<Option> box = new MultiSelectComboBox<>(getTranslation(key));
		box.setId(id);
		box.setItemLabelGenerator(Option::label);
		box.setWidthFull();
		box.setClearButtonVisible(true);
		return box;
	}

	private static List<Option> options(MapNetwork network, String kind) {
		return network.nodes().stream().filter(n -> kind.equals(n.kind()))
			.map(n -> new Option(n.id(), n.label())).distinct()
			.sorted(Comparator.comparing(Option::label)).toList();
	}

	private static void offer(MultiSelectComboBox<Option> box, List<Option> options) {
		Set<String> chosen = ids(box);
		box.setItems(options);
		select(box, chosen);
	}

	private static void select(MultiSelectComboBox<Option> box, Set<String> ids) {
		Set<Option> chosen = box.getListDataView().getItems().filter(o -> ids.contains(o.id()))
			.collect(Collectors.toSet());
		box.setValue(chosen);
	}

	private static Set<String> ids(MultiSelectComboBox<Option> box) {
		return box.getValue().stream().map(Option::id).filter(Objects::nonNull).collect(Collectors.toSet());
	}
}
