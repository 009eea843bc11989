package se.samverkanskartan.ui.api;

import java.util.List;

/**
 * What became of a change sent to the API: done (with its value), refused because of input (one problem per
 * field), refused because someone else changed the fact first, or refused for another reason (not found, not
 * allowed).
 *
 * @param value the answer when done, else null
 * @param fieldErrors the fields that are wrong; empty unless refused for its input
 * @param conflict true when the version sent was stale
 * @param error the message of any other refusal, else null
 * @param errorCode for that refusal, the API's stable code: {@code limit.<name>} when a limit refused it, else its
 *        classification ({@code NOT_FOUND}, {@code FORBIDDEN} …); the UI words it by this code where it can
 */
public record EditResult<T>(T value, List<FieldError> fieldErrors, boolean conflict, String error, String errorCode) {

	public EditResult {
		fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
	}

	/**
	 * One wrong field, as the API names it ({@code name}, {@code properties.status}, {@code validTo} …), with the
	 * API's English message and, for the commonest problems, its stable code and arguments ({@code required},
	 * {@code tooLong} …), by which the UI words it ({@code ApiProblem}).
	 */
	public record FieldError(String field, String message, String problem, List<String> arguments) {

		public FieldError {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

		public FieldError(String field, String message) {
			this(field, message, null, List.of());
		}
	}

	static <T> EditResult<T> done(T value) {
		return new EditResult<>(value, List.of(), false, null, null);
	}

	public boolean ok() {
		return fieldErrors.isEmpty() && !conflict && error == null;
	}

	/** A one-line summary of why the change was refused, for a notification. */
	public String problem() {
		if (error != null) {
			return error;
		}
		return fieldErrors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
			.orElse("");
	}
}
