package se.samverkanskartan.store;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up failure of the database into Boot's "APPLICATION FAILED TO START" report: one line that says
 * what is wrong, one that says what to do, then the details, instead of a chain of fifteen exceptions.
 */
class StoreFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	StoreFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StoreProblem problem) {
				return analysis(problem.problem(), problem.action(), problem, problem.getCause());
			}
			if (cause instanceof ServiceUnavailableException) {
				return analysis("The Neo4j server at " + uri() + " cannot be reached",
						"Start the server or correct spring.neo4j.uri; leave it unset to use the embedded engine", cause,
						cause);
			}
			if (cause instanceof AuthenticationException) {
				return analysis("The Neo4j server at " + uri() + " refused the credentials",
						"Correct spring.neo4j.authentication.username and password", cause, cause);
			}
		}
		return null;
	}

	private String uri() {
		return this.environment.getProperty("spring.neo4j.uri", "(spring.neo4j.uri not set)");
	}

	private static FailureAnalysis analysis(String problem, String action, Throwable failure,
			@Nullable Throwable details) {
		String description = details == null ? problem
				: problem + System.lineSeparator() + System.lineSeparator() + "Details: " + details;
		return new FailureAnalysis(description, action, failure);
	}

}
