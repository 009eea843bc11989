package se.samverkanskartan.exchange;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.gap.AgreementGap;
import se.samverkanskartan.gap.AgreementGapReport;
import se.samverkanskartan.gap.GapAnalysis;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Visibility;

/**
 * The cooperation graph as GraphML, for Gephi and yEd: every node with its kind, name, provenance and validity, a
 * hospital's latitude and longitude (as numbers, so that Gephi's GeoLayout can place it; nodes without coordinates
 * have none, not 0), an agreement's status and whether it binds, and on the flows, assignments and groups valid on
 * the day asked a gap mark: whether the gap analysis finds them without a binding agreement, STATED or DERIVED, and
 * why.
 * Edges carry their type, provenance and validity. Every attribute is declared with its type, so that tools can
 * filter by it; a yEd extension places the nodes with coordinates where they lie. The XML writer escapes whatever
 * the names hold; only what the caller may see is read ({@link Visibility}).
 */
public class GraphMlWriter {

	/** A GraphML attribute: its key id, what it is for (node, edge, graph), its name and its type. */
	record Key(String id, String scope, String name, String type) {
	}

	private static final List<Key> NODE_KEYS = List.of(new Key("kind", "node", "kind", "string"),
			new Key("name", "node", "name", "string"), new Key("provenance", "node", "provenance", "string"),
			new Key("validFrom", "node", "validFrom", "string"), new Key("validTo", "node", "validTo", "string"),
			new Key("latitude", "node", "latitude", "double"), new Key("longitude", "node", "longitude", "double"),
			new Key("status", "node", "status", "string"), new Key("binding", "node", "binding", "boolean"),
			new Key("internal", "node", "internal", "boolean"), new Key("gap", "node", "gap", "boolean"),
			new Key("gapKind", "node", "gapKind", "string"), new Key("gapReason", "node", "gapReason", "string"));

	private static final List<Key> EDGE_KEYS = List.of(new Key("edge-type", "edge", "type", "string"),
			new Key("edge-provenance", "edge", "provenance", "string"),
			new Key("edge-validFrom", "edge", "validFrom", "string"), new Key("edge-validTo", "edge", "validTo", "string"),
			new Key("edge-internal", "edge", "internal", "boolean"));

	private static final Key AS_OF = new Key("asOf", "graph", "asOf", "string");

	private static final String YED = "http://www.yworks.com/xml/graphml";

	/** yEd's y grows downwards; a degree of latitude is 100 units, one of longitude as much as it is long at 62° N. */
	private static final double SCALE = 100;

	private static final double LONGITUDE_SCALE = SCALE * Math.cos(Math.toRadians(62));

	private static final String NODES = """
			MATCH (n:Entity) WHERE %s
			RETURN n.id AS id, n.kind AS kind, n.name AS name, n.provenance AS provenance,
			       toString(n.validFrom) AS validFrom, toString(n.validTo) AS validTo,
			       n.latitude AS latitude, n.longitude AS longitude,
			       CASE n.kind WHEN 'AGREEMENT' THEN n.status END AS status,
			       CASE n.kind WHEN 'AGREEMENT' THEN n.binding END AS binding,
			       coalesce(n.internal, false) AS internal,
			       n.kind IN ['FLOW', 'ASSIGNMENT', 'GROUP'] AND %s AS analysed
			ORDER BY n.id""".formatted(Visibility.node("n"), NodeReader.validOn("n"));

	private static final String EDGES = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL AND %s AND %s AND %s
			RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.provenance AS provenance,
			       toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo, coalesce(r.internal, false) AS internal
			ORDER BY r.id""".formatted(Visibility.relation("r"), Visibility.node("a"), Visibility.node("b"));

	/** What one download holds, read in the request (whose caller decides what is visible) before it is written. */
	public record Graph(LocalDate asOf, List<Map<String, Object>> nodes, List<Map<String, Object>> edges,
			Map<String, AgreementGap> gaps) {
	}

	private final Neo4jClient client;

	private final GapAnalysis gaps;

	public GraphMlWriter(Neo4jClient client, GapAnalysis gaps) {
		this.client = client;
		this.gaps = gaps;
	}

	/** The graph as the caller may see it, with the gaps on {@code asOf}. */
	public Graph read(LocalDate asOf) {
		boolean seeInternal = Visibility.seeInternal();
		AgreementGapReport report = this.gaps.analyse(asOf, null);
		return new Graph(asOf,
				List.copyOf(this.client.query(NODES).bind(seeInternal).to(Visibility.PARAMETER).bind(asOf).to("asOf")
					.fetch().all()),
				List.copyOf(this.client.query(EDGES).bind(seeInternal).to(Visibility.PARAMETER).fetch().all()),
				Stream.concat(report.stated().stream(), report.derived().stream())
					.collect(Collectors.toMap(gap -> gap.cooperation().id(), Function.identity(), (a, b) -> a)));
	}

	public void write(Graph graph, Writer out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
		xml.writeNamespace("y", YED);
		for (Key key : Stream.concat(Stream.concat(NODE_KEYS.stream(), EDGE_KEYS.stream()), Stream.of(AS_OF)).toList()) {
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", key.id());
			xml.writeAttribute("for", key.scope());
			xml.writeAttribute("attr.name", key.name());
			xml.writeAttribute("attr.type", key.type());
		}
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", "graphics");
		xml.writeAttribute("for", "node");
		xml.writeAttribute("yfiles.type", "nodegraphics");
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "samverkanskartan");
		xml.writeAttribute("edgedefault", "directed");
		data(xml, AS_OF.id(), graph.asOf());
		for (Map<String, Object> node : graph.nodes()) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", (String) node.get("id"));
			for (Key key : NODE_KEYS) {
				data(xml, key.id(), node.get(key.id()));
			}
			// Only cooperation valid on the day is analysed; for the rest the mark would say what nobody asked.
			if (Boolean.TRUE.equals(node.get("analysed"))) {
				AgreementGap gap = graph.gaps().get(node.get("id"));
				data(xml, "gap", gap != null);
				if (gap != null) {
					data(xml, "gapKind", gap.gapKind().name());
					data(xml, "gapReason", gap.reason());
				}
			}
			graphics(xml, node);
			xml.writeEndElement();
		}
		for (Map<String, Object> edge : graph.edges()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", (String) edge.get("id"));
			xml.writeAttribute("source", (String) edge.get("source"));
			xml.writeAttribute("target", (String) edge.get("target"));
			for (Key key : EDGE_KEYS) {
				data(xml, key.id(), edge.get(key.id().substring("edge-".length())));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	/** For yEd: the node's label, and where it lies when it has coordinates. */
	private static void graphics(XMLStreamWriter xml, Map<String, Object> node) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", "graphics");
		xml.writeStartElement("y", "ShapeNode", YED);
		if (node.get("latitude") instanceof Number latitude && node.get("longitude") instanceof Number longitude) {
			xml.writeEmptyElement("y", "Geometry", YED);
			xml.writeAttribute("x", String.valueOf(longitude.doubleValue() * LONGITUDE_SCALE));
			xml.writeAttribute("y", String.valueOf(-latitude.doubleValue() * SCALE));
			xml.writeAttribute("width", "30.0");
			xml.writeAttribute("height", "30.0");
		}
		xml.writeStartElement("y", "NodeLabel", YED);
		xml.writeCharacters(String.valueOf(node.get("name")));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(value.toString());
			xml.writeEndElement();
		}
	}

}
