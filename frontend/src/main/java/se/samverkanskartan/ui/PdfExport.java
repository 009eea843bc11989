package se.samverkanskartan.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.ui.map.CooperationMap;
import se.samverkanskartan.ui.map.PdfFormat;
import se.samverkanskartan.ui.present.DeckPdf;
import se.samverkanskartan.ui.present.SavedView;
import se.samverkanskartan.ui.state.ViewState;

/**
 * The PDF export's dialog: a 16:9 slide or an A4 page, the current view or the saved views as a deck (a page each),
 * the title (a deck's pages take their views' names) and an optional caption.
 */
class PdfExport {

	private final MapPage page;
	private final CooperationMap map;
	private final Supplier<List<SavedView>> views;

	PdfExport(MapPage page, CooperationMap map, Supplier<List<SavedView>> views) {
		this.page = page;
		this.map = map;
		this.views = views;
	}

	void open() {
		List<SavedView> deck = views.get();
		Dialog dialog = new Dialog(page.getTranslation("pdf.title"));
		dialog.setId("pdf-dialog");
		RadioButtonGroup<PdfFormat> format = new RadioButtonGroup<>(page.getTranslation("pdf.format"));
		format.setId("pdf-format");
		format.setItems(PdfFormat.values());
		format.setItemLabelGenerator(f -> page.getTranslation("pdf.format." + f.name()));
		format.setValue(PdfFormat.SLIDE);
		RadioButtonGroup<Boolean> content = new RadioButtonGroup<>(page.getTranslation("pdf.content"));
		content.setId("pdf-content");
		content.setItems(false, true);
		content.setItemLabelGenerator(all -> all ? page.getTranslation("pdf.content.deck", deck.size())
				: page.getTranslation("pdf.content.view"));
		content.setItemEnabledProvider(all -> !all || !deck.isEmpty());
		content.setValue(false);
		TextField title = new TextField(page.getTranslation("pdf.pageTitle"));
		title.setId("pdf-title");
		title.setValue(page.getTranslation("app.title"));
		title.setWidthFull();
		// A deck's pages are titled by their views' names.
		content.addValueChangeListener(e -> title.setEnabled(!e.getValue()));
		TextField caption = new TextField(page.getTranslation("pdf.caption"));
		caption.setId("pdf-caption");
		caption.setWidthFull();
		dialog.add(format, content, title, caption);
		Button download = new Button(page.getTranslation("pdf.download"), e -> {
			dialog.close();
			if (content.getValue()) {
				exportDeck(deck, format.getValue(), caption.getValue());
			}
			else {
				String date = dataDate();
				map.exportPdf(format.getValue(), "samverkanskartan-" + date + ".pdf", title.getValue(), caption.getValue(),
						page.getTranslation("stamp.asOf", date));
			}
		});
		download.setId("pdf-download");
		download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(page.getTranslation("pdf.cancel"), e -> dialog.close());
		dialog.getFooter().add(cancel, download);
		dialog.open();
	}

	/** Shows each saved view in turn for its page, then the view the user had before. */
	private void exportDeck(List<SavedView> deck, PdfFormat format, String caption) {
		ViewState before = page.state();
		String filename = "samverkanskartan-bildspel-" + dataDate() + ".pdf";
		// Each slide as it is presented: frozen at the date of its data unless it is live.
		new DeckPdf(map, view -> page.navigate(view.shown()), view -> page.getTranslation("stamp.asOf",
				view.shown().asOf() == null ? dataDate() : view.shown().asOf().toString()))
			.export(deck, format, caption, filename, () -> page.navigate(before), error -> {
				Notification note = Notification.show(page.getTranslation("pdf.failed", error), 8000,
						Notification.Position.BOTTOM_START);
				note.addThemeVariants(NotificationVariant.LUMO_ERROR);
			});
	}

	private String dataDate() {
		return String.valueOf(page.scene() == null ? page.state().effectiveDate() : page.scene().network().asOf());
	}
}
