package se.samverkanskartan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL served from this application's own webjars. Spring's built-in page loads its scripts from a CDN,
 * which hospital intranets cannot reach.
 */
class GraphiQlPage {

	private final String html;

	GraphiQlPage(String graphiqlVersion, String reactVersion) {
		try {
			this.html = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8)
				.replace("GRAPHIQL_VERSION", graphiqlVersion)
				.replace("REACT_VERSION", reactVersion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The GraphiQL page is missing from the application", ex);
		}
	}

	ServerResponse handle(ServerRequest request) {
		return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(this.html);
	}

}
