package se.samverkanskartan.exchange;

import java.io.Writer;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The cooperation graph as GraphML, for Gephi and yEd: every node with its kind, name, provenance and validity,
 * every relationship with its type. The XML writer escapes whatever the names hold.
 */
public class GraphMlWriter {

	private static final List<String> NODE_KEYS = List.of("kind", "name", "provenance", "validFrom", "validTo");

	private static final List<String> EDGE_KEYS = List.of("type", "provenance");

	private final Neo4jClient client;

	public GraphMlWriter(Neo4jClient client) {
		this.client = client;
	}

	public void write(Writer out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
		for (String key : NODE_KEYS) {
			key(xml, key, "node");
		}
		for (String key : EDGE_KEYS) {
			key(xml, "edge-" + key, "edge");
		}
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "samverkanskartan");
		xml.writeAttribute("edgedefault", "directed");
		for (Map<String, Object> node : this.client.query("""
				MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.name AS name, n.provenance AS provenance,
				       toString(n.validFrom) AS validFrom, toString(n.validTo) AS validTo ORDER BY n.id""").fetch().all()) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", (String) node.get("id"));
			for (String key : NODE_KEYS) {
				data(xml, key, node.get(key));
			}
			xml.writeEndElement();
		}
		for (Map<String, Object> edge : this.client.query("""
				MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL
				RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.provenance AS provenance
				ORDER BY r.id""").fetch().all()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", (String) edge.get("id"));
			xml.writeAttribute("source", (String) edge.get("source"));
			xml.writeAttribute("target", (String) edge.get("target"));
			for (String key : EDGE_KEYS) {
				data(xml, "edge-" + key, edge.get(key));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static void key(XMLStreamWriter xml, String id, String scope) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", scope);
		xml.writeAttribute("attr.name", id.replace("edge-", ""));
		xml.writeAttribute("attr.type", "string");
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
