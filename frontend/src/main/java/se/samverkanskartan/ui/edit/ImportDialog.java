package se.samverkanskartan.ui.edit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import se.samverkanskartan.ui.api.EditApi;
import se.samverkanskartan.ui.api.EditResult;
import se.samverkanskartan.ui.api.ImportReport;
import se.samverkanskartan.ui.api.Vocabulary;

/**
 * Imports a spreadsheet of nodes of one kind, or of relationships, for administrators: choose what to import,
 * download its template, upload the filled-in CSV or XLSX, run it dry to see what would be created and updated and
 * every problem by row and column, and import it for real once a dry run of that very file found no problem. The
 * API refuses anyone but an administrator and writes nothing from a file with a problem, whatever this dialog does.
 */
public class ImportDialog extends Dialog {

	/** The largest file the API imports at once. */
	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private final EditApi edits;
	private final Vocabulary vocabulary;
	private final Runnable onImported;
	private final Select<String> target = new Select<>();
	private final Span file = new Span();
	private final Span summary = new Span();
	private final Grid<ImportReport.RowError> problems = new Grid<>();
	private final Button dryRun = new Button(getTranslation("import.dryRun"), VaadinIcon.CHECK.create());
	private final Button run = new Button(getTranslation("import.run"), VaadinIcon.UPLOAD.create());
	private byte[] content;

	/** The header button that opens the dialog; {@code onImported} runs after rows were written. */
	public static Button button(EditApi edits, Vocabulary vocabulary, Runnable onImported) {
		Button button = new Button(I18NProvider.translate("import.button"), VaadinIcon.TABLE.create(),
				e -> new ImportDialog(edits, vocabulary, onImported).open());
		button.setId("import");
		return button;
	}

	ImportDialog(EditApi edits, Vocabulary vocabulary, Runnable onImported) {
		this.edits = edits;
		this.vocabulary = vocabulary;
		this.onImported = onImported;
		setId("import-dialog");
		setHeaderTitle(getTranslation("import.title"));
		setWidth("46em");
		// Documents come with the data files and the evidence dialog; the API imports every other kind.
		List<String> targets = new ArrayList<>(vocabulary.kindNames().stream().filter(k -> !"DOCUMENT".equals(k)).toList());
		targets.add(ImportTemplate.RELATIONS);
		target.setId("import-target");
		target.setLabel(getTranslation("import.target"));
		target.setItems(targets);
		target.setItemLabelGenerator(t -> ImportTemplate.RELATIONS.equals(t) ? getTranslation("import.relations")
				: getTranslation("kind." + t));
		// Hospitals are what is imported most often.
		target.setValue(targets.contains("HOSPITAL") ? "HOSPITAL" : targets.getFirst());
		target.addValueChangeListener(e -> forget());
		Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> template()), AttachmentType.DOWNLOAD,
				getTranslation("import.template"));
		template.setId("import-template");
		HorizontalLayout choice = new HorizontalLayout(target, template);
		choice.setAlignItems(FlexComponent.Alignment.BASELINE);
		file.setId("import-file");
		summary.setId("import-summary");
		add(new Paragraph(getTranslation("import.help")), choice, upload(), file, summary, problemGrid());
		dryRun.setId("import-dry-run");
		dryRun.addClickListener(e -> send(true));
		run.setId("import-run");
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		run.addClickListener(e -> send(false));
		Button close = new Button(getTranslation("import.close"), e -> close());
		close.setId("import-close");
		getFooter().add(close, dryRun, run);
		forget();
	}

	private Upload upload() {
		Upload upload = new Upload();
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			// Runs with the UI locked (InMemoryUploadHandler calls back through UI.access); push shows the change.
			content = bytes;
			forget();
			file.setText(getTranslation("import.file", metadata.fileName()));
			upload.clearFileList();
		}));
		upload.setId("import-upload");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_BYTES);
		upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		upload.setUploadButton(new Button(getTranslation("import.upload"), VaadinIcon.FILE_ADD.create()));
		upload.setDropLabel(new Span(getTranslation("import.drop")));
		upload.addFileRejectedListener(e -> Notification.show(getTranslation("import.rejected", e.getErrorMessage()),
				5000, Notification.Position.MIDDLE));
		return upload;
	}

	private Grid<ImportReport.RowError> problemGrid() {
		problems.setId("import-problems");
		problems.setAriaLabel(getTranslation("import.problemsLabel"));
		problems.addColumn(ImportReport.RowError::row).setHeader(getTranslation("import.row")).setFlexGrow(0)
			.setWidth("5em");
		problems.addColumn(ImportReport.RowError::column).setHeader(getTranslation("import.column")).setFlexGrow(1);
		problems.addColumn(ImportReport.RowError::message).setHeader(getTranslation("import.message")).setFlexGrow(3);
		problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		problems.setHeight("16em");
		return problems;
	}

	/** A new file or another target: any earlier dry run no longer counts. */
	private void forget() {
		summary.setText("");
		summary.removeClassName("form-problem");
		problems.setItems(List.of());
		problems.setVisible(false);
		dryRun.setEnabled(content != null);
		run.setEnabled(false);
	}

	private DownloadResponse template() {
		String kind = target.getValue();
		byte[] bytes = ImportTemplate.csv(vocabulary, kind).getBytes(StandardCharsets.UTF_8);
		return new DownloadResponse(new ByteArrayInputStream(bytes), ImportTemplate.fileName(vocabulary, kind),
				"text/csv;charset=UTF-8", bytes.length);
	}

	private void send(boolean dry) {
		EditResult<ImportReport> result = edits.importSpreadsheet(ImportTemplate.importName(vocabulary, target.getValue()),
				content, dry);
		forget();
		if (!result.ok()) {
			problem(getTranslation("import.failed", ApiProblem.summary(this, result)));
			return;
		}
		ImportReport report = result.value();
		if (!report.errors().isEmpty()) {
			problem(getTranslation("import.problems", report.errors().size()));
			problems.setItems(report.errors());
			problems.setVisible(true);
		}
		else if (report.applied()) {
			Notification.show(getTranslation("import.done", report.created().size(), report.updated().size(),
					report.unchanged().size()), 5000,
					Notification.Position.BOTTOM_START).setId("import-done");
			close();
			onImported.run();
		}
		else {
			summary.setText(getTranslation("import.wouldChange", report.created().size(), report.updated().size(),
					String.join(", ", report.created()), String.join(", ", report.updated()), report.unchanged().size()));
			run.setEnabled(true);
		}
	}

	private void problem(String text) {
		summary.setText(text);
		summary.addClassName("form-problem");
	}
}
