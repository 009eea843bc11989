package se.samverkanskartan.ui.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Service;

import graphql.ErrorClassification;

/**
 * The API's mutations ({@code editing.graphqls}). Inputs are maps shaped like the GraphQL inputs, so that a field
 * left out stays unchanged and one set to null is cleared. Refusals come back as an {@link EditResult}, with the
 * fields the API named, rather than as exceptions, so that a form can show each problem where it belongs.
 */
@Service
public class EditApi {

	private final GraphQlClient client;

	EditApi(@Qualifier("cooperationGraphQlClient") GraphQlClient client) {
		this.client = client;
	}

	/** A fact as stored by a change: its id and its new version. */
	public record Saved(String id, int version) {
	}

	/** Creates a node. */
	public EditResult<Saved> createNode(Map<String, Object> input) {
		return send("createNode", Map.of("input", input), r -> r.field("createNode").toEntity(Saved.class));
	}

	/** Changes a node; {@code input} holds {@code id}, {@code version} and the fields that change. */
	public EditResult<Saved> updateNode(Map<String, Object> input) {
		return send("updateNode", Map.of("input", input), r -> r.field("updateNode").toEntity(Saved.class));
	}

	public EditResult<String> deleteNode(String id, int version) {
		return send("deleteNode", Map.of("id", id, "version", version), r -> r.field("deleteNode").getValue());
	}

	/** Creates a relationship. */
	public EditResult<Saved> createRelation(Map<String, Object> input) {
		return send("createRelation", Map.of("input", input), r -> r.field("createRelation").toEntity(Saved.class));
	}

	public EditResult<String> deleteRelation(String id, int version) {
		return send("deleteRelation", Map.of("id", id, "version", version),
				r -> r.field("deleteRelation").getValue());
	}

	/** Attaches a quote from a document to a node or relationship; answers the new claim's id. */
	public EditResult<String> attachEvidence(Map<String, Object> input) {
		return send("attachEvidence", Map.of("input", input), r -> r.field("attachEvidence.id").getValue());
	}

	/** Undoes the signed-in user's last change; answers the undo's audit entry. */
	public EditResult<AuditRecord> undoLastChange() {
		return send("undoLastChange", Map.of(), r -> r.field("undoLastChange").toEntity(AuditRecord.class));
	}

	/**
	 * Imports a CSV or XLSX file (administrators only): nodes of one kind, {@code name} being its type name such as
	 * {@code Hospital}, or relationships ({@code relations}). With {@code dryRun} nothing is written.
	 */
	public EditResult<ImportReport> importSpreadsheet(String name, byte[] content, boolean dryRun) {
		return send("importSpreadsheet", Map.of("name", name, "contentBase64",
				Base64.getEncoder().encodeToString(content), "dryRun", dryRun),
				r -> r.field("importSpreadsheet").toEntity(ImportReport.class));
	}

	private <T> EditResult<T> send(String document, Map<String, Object> variables,
			Function<ClientGraphQlResponse, T> answer) {
		ClientGraphQlResponse response = client.documentName(document).variables(variables).executeSync();
		if (response.getErrors().isEmpty()) {
			return EditResult.done(answer.apply(response));
		}
		List<EditResult.FieldError> fields = new ArrayList<>();
		boolean conflict = false;
		String other = null;
		String code = null;
		for (ResponseError error : response.getErrors()) {
			String classification = classification(error);
			Object field = error.getExtensions().get("field");
			if ("CONFLICT".equals(classification)) {
				conflict = true;
			}
			else if ("BAD_REQUEST".equals(classification) && field != null) {
				Object problem = error.getExtensions().get("problem");
				List<String> arguments = error.getExtensions().get("arguments") instanceof List<?> list
						? list.stream().map(String::valueOf).toList() : List.of();
				fields.add(new EditResult.FieldError(field.toString(), withoutField(error.getMessage(), field),
						problem == null ? null : problem.toString(), arguments));
			}
			else {
				other = other == null ? error.getMessage() : other + "; " + error.getMessage();
				Object limit = error.getExtensions().get("limit");
				code = code != null ? code : limit != null ? "limit." + limit : classification;
			}
		}
		return new EditResult<>(null, fields, conflict, other, code);
	}

	/** In this process the error type is an object; from a remote API it is {@code extensions.classification}. */
	private static String classification(ResponseError error) {
		Object remote = error.getExtensions().get("classification");
		if (remote != null) {
			return remote.toString();
		}
		ErrorClassification type = error.getErrorType();
		return type instanceof Enum<?> e ? e.name() : type == null ? ErrorType.INTERNAL_ERROR.name() : type.toString();
	}

	/** The API's message starts with the field's name ({@code name: is required}); the form shows it at the field. */
	private static String withoutField(String message, Object field) {
		String prefix = field + ": ";
		return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}
}
