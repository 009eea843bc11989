package se.samverkanskartan.editing;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import se.samverkanskartan.audit.AuditEntry;
import se.samverkanskartan.graph.GraphNode;
import se.samverkanskartan.graph.NodeReader;
import se.samverkanskartan.graph.Relation;
import se.samverkanskartan.source.Claim;

/**
 * The mutations. Inputs arrive as maps, so that a field left out ("unchanged") differs from one set to null
 * ("clear it"). The services check roles, validate, lock and record; a relationship is answered as its start node
 * sees it, read back after the transaction.
 */
@Controller
class EditController {

	private final NodeEditor nodes;

	private final RelationEditor relations;

	private final EvidenceEditor evidence;

	private final UndoService undo;

	private final NodeReader reader;

	EditController(NodeEditor nodes, RelationEditor relations, EvidenceEditor evidence, UndoService undo,
			NodeReader reader) {
		this.nodes = nodes;
		this.relations = relations;
		this.evidence = evidence;
		this.undo = undo;
		this.reader = reader;
	}

	@MutationMapping
	GraphNode createNode(@Argument Map<String, Object> input) {
		return this.nodes.create(input);
	}

	@MutationMapping
	GraphNode updateNode(@Argument Map<String, Object> input) {
		return this.nodes.update(input);
	}

	@MutationMapping
	String deleteNode(@Argument String id, @Argument int version) {
		return this.nodes.delete(id, version);
	}

	@MutationMapping
	Relation createRelation(@Argument Map<String, Object> input) {
		String id = this.relations.create(input);
		return relation(String.valueOf(input.get("from")), id);
	}

	@MutationMapping
	Relation updateRelation(@Argument Map<String, Object> input) {
		String id = String.valueOf(input.get("id"));
		return relation(this.relations.update(input), id);
	}

	@MutationMapping
	String deleteRelation(@Argument String id, @Argument int version) {
		return this.relations.delete(id, version);
	}

	@MutationMapping
	Claim attachEvidence(@Argument Map<String, Object> input) {
		return this.evidence.attach(input);
	}

	@MutationMapping
	AuditEntry undoLastChange() {
		return this.undo.undoLastChange();
	}

	private Relation relation(String from, String id) {
		return this.reader.relationsOf(List.of(from)).get(from).stream()
			.filter(r -> r.id().equals(id) && r.direction() == Relation.Direction.OUTGOING)
			.findFirst()
			.orElseThrow(() -> new EditException.NotFound("id", id, "relationship"));
	}

}
