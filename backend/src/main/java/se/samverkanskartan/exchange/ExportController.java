package se.samverkanskartan.exchange;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import se.samverkanskartan.graph.InvalidArgumentException;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * Downloads of the graph: the whole graph as JSON (a backup), GraphML for Gephi and yEd, CSV per kind to read, and
 * CSV per kind and of the relationships in the import's columns, to edit and import back.
 */
@RestController
class ExportController {

	private final GraphExporter exporter;

	private final BackupFiles files;

	private final GraphMlWriter graphMl;

	private final CsvWriter csv;

	private final ImportableCsvWriter importable;

	private final NodeReader reader;

	ExportController(GraphExporter exporter, BackupFiles files, GraphMlWriter graphMl, CsvWriter csv,
			ImportableCsvWriter importable, NodeReader reader) {
		this.exporter = exporter;
		this.files = files;
		this.graphMl = graphMl;
		this.csv = csv;
		this.importable = importable;
		this.reader = reader;
	}

	@GetMapping("/export/graph.json")
	ResponseEntity<String> json() {
		return download("samverkanskartan.json", MediaType.APPLICATION_JSON).body(this.files.toJson(this.exporter.export()));
	}

	/** The gap marks are those on {@code asOf} (YYYY-MM-DD), today when it is absent. */
	@GetMapping("/export/graph.graphml")
	ResponseEntity<StreamingResponseBody> graphMl(@RequestParam(required = false) @Nullable String asOf) {
		GraphMlWriter.Graph graph = this.graphMl.read(this.reader.asOf(day(asOf)));
		return download("samverkanskartan.graphml", MediaType.APPLICATION_XML).body(out -> {
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				this.graphMl.write(graph, writer);
			}
			catch (javax.xml.stream.XMLStreamException ex) {
				throw new java.io.IOException("Cannot write GraphML", ex);
			}
		});
	}

	@GetMapping("/export/{kind}.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String kind) {
		NodeKind nodeKind = NodeKind.ofLabel(kind).orElseThrow(() -> new InvalidArgumentException("kind",
				"no kind '" + kind + "'; use one of " + java.util.Arrays.stream(NodeKind.values()).map(NodeKind::label).toList()));
		return download(kind + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// A byte order mark, so that spreadsheet programs read å, ä and ö right.
			writer.write('\uFEFF');
			this.csv.write(nodeKind, writer);
		});
	}

	/**
	 * The facts of a kind ({@code Hospital}), or the relationships ({@code relations}), in exactly the columns of
	 * the import's template, to edit in a spreadsheet and import back through {@code /import/{name}}.
	 */
	@GetMapping("/export/import/{name}.csv")
	ResponseEntity<StreamingResponseBody> importableCsv(@PathVariable String name) {
		NodeKind kind = "relations".equals(name) ? null : NodeKind.ofLabel(name).filter(k -> k != NodeKind.DOCUMENT)
			.orElseThrow(() -> new InvalidArgumentException("name", "'" + name + "' is neither a kind that the import takes "
					+ java.util.Arrays.stream(NodeKind.values()).filter(k -> k != NodeKind.DOCUMENT).map(NodeKind::label).toList()
					+ " nor 'relations'"));
		// Who may see what is settled here, in the request, not in the thread that writes the body.
		boolean seeInternal = Visibility.seeInternal();
		return download(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// A byte order mark, as in the import's template, so that spreadsheet programs read å, ä and ö right.
			writer.write('\uFEFF');
			if (kind == null) {
				this.importable.writeRelations(seeInternal, writer);
			}
			else {
				this.importable.write(kind, seeInternal, writer);
			}
		});
	}

	private static @Nullable LocalDate day(@Nullable String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("asOf", "must be a day as YYYY-MM-DD, was '" + asOf + "'");
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> unknownKind(InvalidArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	private static ResponseEntity.BodyBuilder download(String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
	}

}
