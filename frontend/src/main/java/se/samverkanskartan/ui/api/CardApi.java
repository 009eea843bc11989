package se.samverkanskartan.ui.api;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.stereotype.Service;

/** The little the map's hover cards need: a node, or one relation of a node, with its evidence; nothing more. */
@Service
public class CardApi {

	private final GraphQlClient client;

	CardApi(@Qualifier("cooperationGraphQlClient") GraphQlClient client) {
		this.client = client;
	}

	public Optional<NodeCard> node(String id) {
		return Optional.ofNullable(client.documentName("card").operationName("nodeCard").variable("id", id)
			.retrieveSync("node").toEntity(NodeCard.class));
	}

	/** The relation {@code id} as its source {@code source} holds it. */
	public Optional<NodeDetail.Relation> relation(String source, String id) {
		RelationsOf of = client.documentName("card").operationName("relationCard").variable("source", source)
			.retrieveSync("node").toEntity(RelationsOf.class);
		return of == null ? Optional.empty()
				: of.relations().stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/** A node as its card shows it. */
	public record NodeCard(String id, String kind, String name, NodeDetail.Period validity, List<Evidence> evidence) {

		public NodeCard {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}
	}

	private record RelationsOf(String id, String name, List<NodeDetail.Relation> relations) {

		RelationsOf {
			relations = relations == null ? List.of() : List.copyOf(relations);
		}
	}
}
