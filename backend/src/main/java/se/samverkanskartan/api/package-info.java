/** The HTTP side of the GraphQL API: GraphQL over HTTP with GET as well as POST. */
@NullMarked
package se.samverkanskartan.api;

import org.jspecify.annotations.NullMarked;
