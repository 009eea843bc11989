package se.samverkanskartan.ui.edit;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.ui.api.EditResult;

/**
 * A refusal from the API in the UI's language. The API's messages are English; where it gives a stable code (a
 * limit's name, the error's classification) the UI says it in its own words ({@code error.code.<code>}), and
 * falls back to the API's message for a code it has no words for. Wrong fields are named by their labels.
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
		return result.fieldErrors().stream().map(e -> words.label(e.field()) + ": " + e.message())
			.collect(Collectors.joining("; "));
	}
}
