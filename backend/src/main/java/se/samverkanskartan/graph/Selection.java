package se.samverkanskartan.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes a connection lists, as the Cypher that binds them to {@code n} and its parameters (which may be null: an
 * argument not given): what a page was read from, so that its count and its aggregates ({@code countsByStatus} …)
 * answer for the same filters without reading the rows.
 */
public record Selection(String match, Map<String, Object> parameters) {

	public Selection {
		parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
	}

}
