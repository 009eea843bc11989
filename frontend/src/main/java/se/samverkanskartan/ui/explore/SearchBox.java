package se.samverkanskartan.ui.explore;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;

import se.samverkanskartan.ui.api.CooperationApi;
import se.samverkanskartan.ui.api.SearchHit;

/** The search box: suggestions from the API's full-text search; choosing one focuses that node. */
public class SearchBox extends ComboBox<SearchHit> {

	public SearchBox(CooperationApi api, Consumer<String> onChosen) {
		setId("search");
		setPlaceholder(getTranslation("search.placeholder"));
		setAriaLabel(getTranslation("search.label"));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setClearButtonVisible(true);
		setWidth("22em");
		// The API ranks the hits; the box shows them as they come, one page only.
		setItems(query -> api.search(query.getFilter().orElse("")).stream()
			.skip(query.getOffset()).limit(query.getLimit()));
		setItemLabelGenerator(hit -> hit.node().name() + " · " + getTranslation("kind." + hit.node().kind()));
		addValueChangeListener(e -> {
			if (e.getValue() != null) {
				onChosen.accept(e.getValue().node().id());
			}
		});
	}
}
