package se.samverkanskartan.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * The exports as a strategist takes them for a minutes document or a meeting: PDF of the view (slide or A4) and of
 * a deck of saved views, PNG and SVG with the whole legend, all made in the browser from the buttons in the header.
 */
class ExportBrowserTest extends BrowserTest {

	/** A deck shows each view in turn and converts it; on a busy machine that takes longer than a click. */
	private static final Page.WaitForDownloadOptions SLOW = new Page.WaitForDownloadOptions().setTimeout(120_000);

	/** On the shared two-core machine the first drawing of the whole network after login can take over 30 s. */
	@BeforeEach
	void waitLongerForTheMap() {
		page.setDefaultTimeout(180_000);
	}

	@Test
	void thePdfOfTheViewIsAVectorSlideOrA4PageWithTitleCaptionStampAndLegend() throws IOException {
		open("");
		List<String> legend = legendLabels();

		page.locator("#export-pdf").click();
		page.locator("#pdf-caption input").fill("Underlag till styrgruppen");
		Download slide = page.waitForDownload(SLOW, () -> page.locator("#pdf-download").click());

		assertThat(slide.suggestedFilename()).endsWith(".pdf");
		try (PDDocument pdf = Loader.loadPDF(slide.path().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDPage only = pdf.getPage(0);
			assertThat(only.getMediaBox().getWidth()).isCloseTo(960f, within(0.5f));
			assertThat(only.getMediaBox().getHeight()).isCloseTo(540f, within(0.5f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Samverkanskartan", "Underlag till styrgruppen", "Data per");
			// The whole legend, its last entry too, as text on the page.
			assertThat(text).contains(legend.getFirst(), legend.getLast());
			// The map is drawn as paths, at least one per node, and no picture is pasted in.
			Drawing drawing = Drawing.of(only);
			assertThat(drawing.paths).isGreaterThan(nodeCount());
			assertThat(drawing.images).isZero();
		}

		page.locator("#export-pdf").click();
		page.locator("#pdf-format").getByText("A4-sida (liggande)").click();
		Download a4 = page.waitForDownload(SLOW, () -> page.locator("#pdf-download").click());
		try (PDDocument pdf = Loader.loadPDF(a4.path().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f, within(0.5f));
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(595.28f, within(0.5f));
			assertThat(new PDFTextStripper().getText(pdf)).contains("Samverkanskartan", "Data per");
		}
	}

	@Test
	void aDeckOfSavedViewsBecomesOnePdfPageEachTitledByItsView() throws IOException {
		open("");
		page.evaluate("() => localStorage.removeItem('samverkanskartan.savedViews')");
		saveView("", "Hela nätverket");
		saveView("?kind=HOSPITAL,REGION,HEALTHCARE_REGION&layout=geographic", "Sjukhus på kartan");

		page.locator("#export-pdf").click();
		page.locator("#pdf-content").getByText("Sparade vyer").click();
		Download deck = page.waitForDownload(SLOW, () -> page.locator("#pdf-download").click());

		try (PDDocument pdf = Loader.loadPDF(deck.path().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= 2; i++) {
				assertThat(pdf.getPage(i - 1).getMediaBox().getWidth()).isCloseTo(960f, within(0.5f));
			}
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf)).contains("Hela nätverket", "Data per");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(pdf);
			assertThat(second).contains("Sjukhus på kartan", "Data per").doesNotContain("Hela nätverket");
			assertThat(Drawing.of(pdf.getPage(1)).paths).isPositive();
		}
		// Afterwards the page shows the view it showed before the export: the last one saved.
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*layout=geographic.*"));
	}

	@Test
	void pngAndSvgOfTheWholeNetworkHoldTheWholeLegendAndTheSvgExportLogsNothing() throws IOException {
		open("");
		List<String> legend = legendLabels();
		List<String> console = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) || "warning".equals(m.type())) {
				console.add(m.type() + ": " + m.text());
			}
		});

		Download svgFile = page.waitForDownload(SLOW, () -> page.locator("#export-svg").click());
		String svg = Files.readString(svgFile.path());
		assertThat(console).isEmpty();
		assertThat(svg).contains("Samverkanskartan", "Data per", legend.getLast());

		// Drawn by the browser: every legend text lies inside the picture, and the title is large enough to read
		// when the whole picture is shown on a page or a screen.
		@SuppressWarnings("unchecked")
		Map<String, Object> measured = (Map<String, Object>) page.evaluate("""
				svg => {
				  const holder = document.createElement('div');
				  holder.innerHTML = svg.replace(/^<\\?xml[^>]*>/, '');
				  document.body.append(holder);
				  const root = holder.querySelector('svg');
				  const width = root.viewBox.baseVal.width;
				  const right = Math.max(...[...root.querySelectorAll('text.legend-label')].map((t) => {
				    const box = t.getBBox();
				    return box.x + box.width;
				  }));
				  const labels = [...root.querySelectorAll('text.legend-label')].map((t) => t.textContent);
				  const title = Number(root.querySelector('text.title').getAttribute('font-size'));
				  holder.remove();
				  return { width, height: root.viewBox.baseVal.height, right, labels, title };
				}""", svg);
		double width = ((Number) measured.get("width")).doubleValue();
		double height = ((Number) measured.get("height")).doubleValue();
		assertThat(measured.get("labels")).isEqualTo(legend);
		assertThat(((Number) measured.get("right")).doubleValue()).isLessThanOrEqualTo(width);
		assertThat(((Number) measured.get("title")).doubleValue() / width).isGreaterThanOrEqualTo(0.02);

		Download pngFile = page.waitForDownload(SLOW, () -> page.locator("#export-png").click());
		int[] png = pngSize(pngFile.path());
		// The same composition as the SVG (graph, title and legend under it), as sharp as fits a browser's canvas.
		assertThat((double) png[0] / png[1]).isCloseTo(width / height, within(0.02 * width / height));
		assertThat((double) png[0]).isGreaterThanOrEqualTo(Math.min(width, 4000));
		assertThat(console).isEmpty();
	}

	private List<String> legendLabels() {
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) page.evaluate(
				"() => [...document.querySelectorAll('.cm-legend-item span')].map((s) => s.textContent)");
		assertThat(labels).isNotEmpty();
		return labels;
	}

	private void saveView(String query, String name) {
		open(query);
		page.getByText("Sparade vyer").first().click();
		page.locator("#view-name input").fill(name);
		page.locator("#save-view").click();
		assertThat(page.locator("#saved-views")).containsText(name);
	}

	/** Width and height from the PNG's header chunk. */
	private static int[] pngSize(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
			data.skipNBytes(16);
			return new int[] { data.readInt(), data.readInt() };
		}
	}

	/** Counts what a page draws: filled or stroked paths, and pictures. */
	private static final class Drawing extends PDFGraphicsStreamEngine {

		private int paths;
		private int images;

		private Drawing(PDPage page) {
			super(page);
		}

		static Drawing of(PDPage page) throws IOException {
			Drawing drawing = new Drawing(page);
			drawing.processPage(page);
			return drawing;
		}

		@Override
		public void strokePath() {
			paths++;
		}

		@Override
		public void fillPath(int windingRule) {
			paths++;
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			paths++;
		}

		@Override
		public void drawImage(PDImage pdImage) {
			images++;
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void moveTo(float x, float y) {
		}

		@Override
		public void lineTo(float x, float y) {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		}

		@Override
		public Point2D getCurrentPoint() {
			return new Point2D.Float();
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}
	}
}
