package se.samverkanskartan.group;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.GraphNode;

/** A hospital whose cooperation in a care area runs through one group, team or facility only. */
public record Dependency(GraphNode hospital, @Nullable GraphNode careArea, GraphNode through, String reason) {
}
