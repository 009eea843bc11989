/**
 * Live updates: every open page follows the API's {@code graphChanged} subscription and redraws what it shows when
 * someone changes the graph, pushed to the browser (a presentation screen included).
 */
package se.samverkanskartan.ui.live;
