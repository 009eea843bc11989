package se.samverkanskartan.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.editing.FormulaGuard;
import se.samverkanskartan.graph.NodeKind;

/**
 * One kind of node as CSV (RFC 4180), for spreadsheets: the shared columns, the kind's own properties and the
 * evidence, each quote with its document and locator.
 */
public class CsvWriter {

	private static final List<String> SHARED = List.of("id", "name", "aliases", "description", "provenance", "reason",
			"validFrom", "validTo");

	private final Neo4jClient client;

	public CsvWriter(Neo4jClient client) {
		this.client = client;
	}

	@SuppressWarnings("unchecked")
	public void write(NodeKind kind, Writer out) throws IOException {
		List<String> specific = kind.properties().keySet().stream().sorted().toList();
		List<String> header = new ArrayList<>(SHARED);
		header.addAll(specific);
		header.add("evidence");
		line(out, header);
		for (Map<String, Object> row : this.client.query("""
				MATCH (n:Entity {kind: $kind})
				RETURN n {.*} AS node,
				       COLLECT { MATCH (n)-[:EVIDENCED_BY]->(c:Claim)-[:FROM_DOCUMENT]->(d)
				                 RETURN d.id + ' (' + c.locator + '): ' + c.quote } AS evidence
				ORDER BY n.id""").bind(kind.name()).to("kind").fetch().all()) {
			Map<String, Object> node = (Map<String, Object>) row.get("node");
			List<String> cells = new ArrayList<>();
			for (String column : header.subList(0, header.size() - 1)) {
				cells.add(text(node.get(column)));
			}
			cells.add(String.join(" | ", (List<String>) row.get("evidence")));
			line(out, cells);
		}
		out.flush();
	}

	/** A value as a cell: lists separated by semicolons, as the import reads them; numbers and booleans as Java writes them. */
	static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
		}
		return value.toString();
	}

	static void line(Writer out, List<String> cells) throws IOException {
		out.write(cells.stream().map(CsvWriter::quote).collect(Collectors.joining(",")));
		out.write("\r\n");
	}

	/**
	 * A cell as RFC 4180 writes it, and never a formula: a cell a spreadsheet program would run gets a leading
	 * apostrophe, which spreadsheets show as text and the import takes off again ({@link FormulaGuard}).
	 */
	static String quote(String value) {
		String cell = FormulaGuard.guarded(value);
		boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0;
		return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

}
