/**
 * Decks for meetings: saved views of the map, kept per user on the server, in order, each with a caption and the
 * date of the data it was saved with; an editor may publish a deck so that viewers can present it elsewhere. Decks
 * are stored under labels of their own ({@code :Deck}, {@code :Slide}), never as facts of the cooperation graph:
 * they are not on the map, in search, exports, gaps or the audit trail.
 */
@NullMarked
package se.samverkanskartan.deck;

import org.jspecify.annotations.NullMarked;
