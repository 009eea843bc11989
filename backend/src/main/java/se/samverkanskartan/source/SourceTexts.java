package se.samverkanskartan.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The lines of the source documents, by file name, from where the data loader reads them, so that evidence added
 * through the API is checked against the same text ({@link Quotes#check}). The files change only with a release.
 */
@Component
public class SourceTexts {

	private final ResourceLoader resources;

	private final String location;

	private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

	SourceTexts(ResourceLoader resources, @Value("${samverkanskartan.data.sources}") String location) {
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** The document's lines, or empty when no source file has that name. */
	public Optional<List<String>> lines(String file) {
		if (file.contains("/") || file.contains("\\")) {
			return Optional.empty();
		}
		List<String> known = this.cache.get(file);
		if (known != null) {
			return Optional.of(known);
		}
		Resource resource = this.resources.getResource(this.location + file);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try {
			List<String> lines = resource.getContentAsString(StandardCharsets.UTF_8).lines().toList();
			this.cache.put(file, lines);
			return Optional.of(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the source document " + resource.getDescription(), ex);
		}
	}

}
