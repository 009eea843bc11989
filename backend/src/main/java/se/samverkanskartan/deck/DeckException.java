package se.samverkanskartan.deck;

/**
 * Why a change to a deck was refused; {@link DeckErrors} turns each into a GraphQL error as {@code decks.graphqls}
 * documents. Each carries the field or argument it is about and a stable {@code problem} code, which the UI says in
 * its own language.
 */
abstract sealed class DeckException extends RuntimeException {

	private final String field;

	private final String problem;

	DeckException(String field, String problem, String message) {
		super(field + ": " + message);
		this.field = field;
		this.problem = problem;
	}

	String field() {
		return this.field;
	}

	String problem() {
		return this.problem;
	}

	/** A field that is wrong: blank, too long, too many, out of range. */
	static final class Invalid extends DeckException {

		Invalid(String field, String problem, String message) {
			super(field, problem, message);
		}

	}

	/** The deck changed since the caller read it. */
	static final class Conflict extends DeckException {

		private final long currentVersion;

		Conflict(String deckId, long currentVersion, long expected) {
			super("version", "conflict", "the deck '" + deckId + "' has been changed since version " + expected
					+ " was read; it is at version " + currentVersion + " now. Nothing was written.");
			this.currentVersion = currentVersion;
		}

		long currentVersion() {
			return this.currentVersion;
		}

	}

	/** A deck or slide that does not exist, or a private deck of someone else. */
	static final class NotFound extends DeckException {

		NotFound(String field, String id, String what) {
			super(field, "notFound", "no " + what + " with the id '" + id + "'");
		}

	}

	/** A published deck of someone else: it may be read and presented, not changed. */
	static final class NotOwner extends DeckException {

		NotOwner(String field, String deckId) {
			super(field, "notOwner", "the deck '" + deckId + "' belongs to someone else; only its owner may change it");
		}

	}

}
