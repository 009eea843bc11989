package se.samverkanskartan.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data directory for one test application's embedded Neo4j: two applications never share a store. */
public final class TemporaryData {

	private TemporaryData() {
	}

	public static Path directory(String name) {
		try {
			Path dir = Files.createTempDirectory("samverkanskartan-" + name + "-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
