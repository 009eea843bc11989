package se.samverkanskartan.ui.present;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import se.samverkanskartan.ui.map.CooperationMap;
import se.samverkanskartan.ui.map.PdfFormat;

/**
 * A deck of saved views as one PDF, a page per slide: each view is shown in turn on the map, and once the map has
 * drawn it, the browser adds its page (title = the view's name, the caption, the stamp of its data's date). After the
 * last page the file is downloaded and {@code done} runs (e.g. to show the view the user had before); if the browser
 * cannot make a page, no file is downloaded and {@code failed} gets the browser's message.
 */
public final class DeckPdf {

	private final CooperationMap map;
	private final Consumer<SavedView> show;
	private final Function<SavedView, String> stamp;

	/**
	 * @param map the map that draws the slides
	 * @param show shows a view on the page, as the presentation does
	 * @param stamp the "data as of" text of a view, read after it is shown
	 */
	public DeckPdf(CooperationMap map, Consumer<SavedView> show, Function<SavedView, String> stamp) {
		this.map = map;
		this.show = show;
		this.stamp = stamp;
	}

	public void export(List<SavedView> slides, PdfFormat format, String caption, String filename, Runnable done,
			Consumer<String> failed) {
		map.beginPdf(format);
		next(List.copyOf(slides), 0, caption, filename, done, failed);
	}

	private void next(List<SavedView> slides, int index, String caption, String filename, Runnable done,
			Consumer<String> failed) {
		if (index >= slides.size()) {
			map.savePdf(filename);
			done.run();
			return;
		}
		SavedView slide = slides.get(index);
		map.expectDrawing();
		show.accept(slide);
		map.addPdfPage(slide.name(), caption, stamp.apply(slide))
			.then(ignored -> next(slides, index + 1, caption, filename, done, failed), error -> {
				done.run();
				failed.accept(error);
			});
	}
}
