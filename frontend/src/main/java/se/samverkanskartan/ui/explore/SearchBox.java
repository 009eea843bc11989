package se.samverkanskartan.ui.explore;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.SearchHit;

/**
 * The search box: every hit of the API's full-text search, best first, in a list that scrolls; choosing one focuses
 * that node.
 */
public class SearchBox extends ComboBox<SearchHit> {

	public SearchBox(CooperationApi api, Consumer<String> onChosen) {
		setId("search");
		setPlaceholder(getTranslation("search.placeholder"));
		setAriaLabel(getTranslation("search.label"));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setClearButtonVisible(true);
		setWidth("22em");
		// The API ranks the hits; the box shows them all in its order, reading pages as the list scrolls.
		SearchPages pages = new SearchPages(api);
		setItems(query -> pages.hits(query.getFilter().orElse(""), query.getOffset(), query.getLimit()),
				query -> pages.count(query.getFilter().orElse("")));
		setItemLabelGenerator(hit -> hit.node().name() + " · " + getTranslation("kind." + hit.node().kind()));
		addValueChangeListener(e -> {
			if (e.getValue() != null) {
				onChosen.accept(e.getValue().node().id());
			}
		});
	}
}
