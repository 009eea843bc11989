package se.samverkanskartan.ui.edit;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.ui.api.EditResult;

/**
 * A refusal from the API in the UI's language. The API's messages are English; where it gives a stable code (a
 * limit's name, the error's classification, a field's problem) the UI says it in its own words
 * ({@code error.code.<code>}, {@code error.problem.<code>}), and falls back to the API's message for a code it has
 * no words for. Wrong fields are named by their labels.
 */
final class ApiProblem {

	private ApiProblem() {
	}

	/** The refusal that is not about one field, or "" when there is none. */
	static String error(Component c, EditResult<?> result) {
		if (result.error() == null) {
			return "";
		}
		if (result.errorCode() != null) {
			String words = c.getTranslation("error.code." + result.errorCode());
			if (!words.startsWith("!")) {
				return words;
			}
		}
		return result.error();
	}

	/** Everything that was refused, on one line, for a notification. */
	static String summary(Component c, EditResult<?> result) {
		if (result.error() != null) {
			return error(c, result);
		}
		FactChanges words = HistoryList.words(c);
		return result.fieldErrors().stream().map(e -> words.label(e.field()) + ": " + field(c, e))
			.collect(Collectors.joining("; "));
	}

	/**
	 * What is wrong with one field, in the UI's language where the API gave a stable code
	 * ({@code error.problem.<code>}, with its arguments), else the API's message.
	 */
	static String field(Component c, EditResult.FieldError error) {
		if (error.problem() != null) {
			String words = c.getTranslation("error.problem." + error.problem(), error.arguments().toArray());
			if (!words.startsWith("!")) {
				return words;
			}
		}
		return error.message();
	}
}
