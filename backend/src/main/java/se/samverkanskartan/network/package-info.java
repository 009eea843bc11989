/** The network a map draws: nodes and edges on a date, styled, filtered, or around one node. */
@NullMarked
package se.samverkanskartan.network;

import org.jspecify.annotations.NullMarked;
