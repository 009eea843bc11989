package se.samverkanskartan.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes backup files; a backup is written to a temporary file first, so a crash leaves no half file. */
class BackupFiles {

	private final JsonMapper json;

	BackupFiles(JsonMapper json) {
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	void write(GraphDump dump, Path file) {
		try {
			Path absolute = file.toAbsolutePath();
			Path temporary = Files.createTempFile(absolute.getParent(), ".backup-", ".json");
			this.json.writeValue(temporary.toFile(), dump);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the backup " + file, ex);
		}
	}

	GraphDump read(Path file) {
		try {
			return this.json.readValue(file.toFile(), GraphDump.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The backup " + file + " is not a Samverkanskartan backup: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	String toJson(GraphDump dump) {
		return this.json.writeValueAsString(dump);
	}

}
