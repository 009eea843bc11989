package se.samverkanskartan.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Why a change was refused; {@link EditErrors} turns each into GraphQL errors as {@code editing.graphqls} documents. */
abstract sealed class EditException extends RuntimeException {

	EditException(String message) {
		super(message);
	}

	/**
	 * One field of the input that is wrong, and what is wrong with it: the English message, and for the problems a
	 * form meets most a stable {@code code} with its {@code arguments}, by which a client says it in its own language.
	 */
	record FieldProblem(String field, String message, @Nullable String code, List<Object> arguments) {

		FieldProblem {
			arguments = List.copyOf(arguments);
		}

		FieldProblem(String field, String message) {
			this(field, message, null, List.of());
		}
	}

	/** The input breaks the rules; every problem is listed with its field. */
	static final class Invalid extends EditException {

		private final List<FieldProblem> problems;

		Invalid(List<FieldProblem> problems) {
			super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
			this.problems = List.copyOf(problems);
		}

		Invalid(String field, String message) {
			this(List.of(new FieldProblem(field, message)));
		}

		List<FieldProblem> problems() {
			return this.problems;
		}

	}

	/** The change is based on a version that is no longer current. */
	static final class Conflict extends EditException {

		private final String entityId;

		private final long currentVersion;

		Conflict(String entityId, long currentVersion, String message) {
			super(message);
			this.entityId = entityId;
			this.currentVersion = currentVersion;
		}

		String entityId() {
			return this.entityId;
		}

		long currentVersion() {
			return this.currentVersion;
		}

	}

	/** An id that names nothing the caller can see. */
	static final class NotFound extends EditException {

		private final String field;

		NotFound(String field, String id, String what) {
			super(field + ": no " + what + " with the id '" + id + "'");
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}
