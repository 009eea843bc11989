package se.samverkanskartan.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.editing.ImportColumns;
import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.Precision;
import se.samverkanskartan.graph.RelationType;
import se.samverkanskartan.graph.Visibility;

/**
 * The facts of one kind, or the relationships, as a CSV the import reads back: exactly the import's columns
 * ({@link ImportColumns}), each value as the import takes it (lists with semicolons, dates at their precision, ids
 * of the ends, never database ids), so that export, edit in a spreadsheet and import is a round trip. The
 * evidence columns hold one quote, the first by document and locator; a fact's other claims, and summaries of
 * external pages (which the import does not take), stay, since an import adds evidence and never removes it. Only what the caller may see ({@link Visibility}).
 */
public class ImportableCsvWriter {

	private static final String NODES = """
			MATCH (n:Entity {kind: $kind}) WHERE %s
			RETURN n {.*} AS fact,
			       COLLECT { MATCH (n)-[:EVIDENCED_BY]->(c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE NOT coalesce(c.summary, false) AND %s
			                 RETURN {document: d.id, locator: c.locator, quote: c.quote} AS claim
			                 ORDER BY claim.document, claim.locator, claim.quote LIMIT 1 } AS evidence
			ORDER BY n.id""".formatted(Visibility.node("n"), Visibility.node("d"));

	private static final String RELATIONS = """
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE type(r) IN $types AND r.id IS NOT NULL AND %s AND %s AND %s
			RETURN r {.*, type: type(r), from: a.id, to: b.id} AS fact,
			       COLLECT { MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Entity) WHERE c.id IN coalesce(r.claimIds, []) AND NOT coalesce(c.summary, false) AND %s
			                 RETURN {document: d.id, locator: c.locator, quote: c.quote} AS claim
			                 ORDER BY claim.document, claim.locator, claim.quote LIMIT 1 } AS evidence
			ORDER BY r.id""".formatted(Visibility.relation("r"), Visibility.node("a"), Visibility.node("b"),
			Visibility.node("d"));

	private final Neo4jClient client;

	public ImportableCsvWriter(Neo4jClient client) {
		this.client = client;
	}

	/** The facts of the kind, internal ones only when {@code seeInternal} ({@link Visibility#seeInternal()}). */
	public void write(NodeKind kind, boolean seeInternal, Writer out) throws IOException {
		write(ImportColumns.forKind(kind), this.client.query(NODES).bind(kind.name()).to("kind")
			.bind(seeInternal).to(Visibility.PARAMETER).fetch().all(), out);
	}

	/** The relationships between facts the caller may see, internal ones only when {@code seeInternal}. */
	public void writeRelations(boolean seeInternal, Writer out) throws IOException {
		write(ImportColumns.forRelations(), this.client.query(RELATIONS)
			.bind(Arrays.stream(RelationType.values()).map(Enum::name).toList()).to("types")
			.bind(seeInternal).to(Visibility.PARAMETER).fetch().all(), out);
	}

	@SuppressWarnings("unchecked")
	private static void write(List<String> columns, Iterable<Map<String, Object>> rows, Writer out) throws IOException {
		CsvWriter.line(out, columns);
		for (Map<String, Object> row : rows) {
			Map<String, Object> fact = (Map<String, Object>) row.get("fact");
			List<Map<String, Object>> evidence = (List<Map<String, Object>>) row.get("evidence");
			Map<String, Object> claim = evidence.isEmpty() ? Map.of() : evidence.getFirst();
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				cells.add(switch (column) {
					case "validFrom", "validTo" -> date(fact.get(column), fact.get(column + "Precision"));
					case "internal" -> String.valueOf(Boolean.TRUE.equals(fact.get("internal")));
					case "evidenceDocument" -> CsvWriter.text(claim.get("document"));
					case "evidenceLocator" -> CsvWriter.text(claim.get("locator"));
					case "evidenceQuote" -> CsvWriter.text(claim.get("quote"));
					default -> CsvWriter.text(fact.get(column));
				});
			}
			CsvWriter.line(out, cells);
		}
		out.flush();
	}

	/** A start or end at the precision it was given with, as the import reads it back to the same day. */
	private static String date(@Nullable Object value, @Nullable Object precision) {
		if (!(value instanceof LocalDate date)) {
			return "";
		}
		return PartialDate.text(date, precision == null ? Precision.DAY : Precision.valueOf(precision.toString()));
	}

}
