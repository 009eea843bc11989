package se.samverkanskartan.embedded;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

import se.samverkanskartan.store.StoreProblem;

/**
 * The directory the engine keeps its store in, checked before the engine opens it: the engine itself reports a
 * read-only or full disk only after a thousand lines of its own logging errors, or not at all until a write fails.
 */
final class DataDirectory {

	private static final String MOVE = "or give the application another directory with "
			+ "--samverkanskartan.neo4j.embedded.directory=…";

	private final Path path;

	private final DataSize reserve;

	DataDirectory(Path path, DataSize reserve) {
		this.path = path.toAbsolutePath();
		this.reserve = reserve;
	}

	Path path() {
		return this.path;
	}

	/** Creates the directory if needed and proves that it can be written and has room; otherwise a one-line problem. */
	void checkBeforeStart() {
		try {
			Files.createDirectories(this.path);
			Files.delete(Files.createTempFile(this.path, ".write-check-", ""));
		}
		catch (AccessDeniedException ex) {
			throw notWritable(ex);
		}
		catch (FileSystemException ex) {
			if (String.valueOf(ex.getReason()).contains("No space left")) {
				throw full(0);
			}
			throw notWritable(ex);
		}
		catch (IOException ex) {
			throw new StoreProblem("The data directory " + this.path + " cannot be used: " + ex.getMessage(),
					"Check the directory and its disk, " + MOVE, ex);
		}
		long free = freeBytes();
		if (free < this.reserve.toBytes()) {
			throw full(free);
		}
	}

	/** Whether a write may go ahead: the disk still has the reserve free. */
	boolean hasRoomToWrite() {
		return freeBytes() >= this.reserve.toBytes();
	}

	long freeBytes() {
		try {
			return Files.getFileStore(this.path).getUsableSpace();
		}
		catch (IOException ex) {
			// A disk that cannot even say how full it is should not take writes.
			return 0;
		}
	}

	DataSize reserve() {
		return this.reserve;
	}

	private StoreProblem notWritable(IOException ex) {
		return new StoreProblem("The data directory " + this.path + " cannot be written (read-only disk or no permission)",
				"Make it writable for the user that runs the application, " + MOVE, ex);
	}

	private StoreProblem full(long free) {
		return new StoreProblem("The disk of the data directory " + this.path + " has " + megabytes(free)
				+ " free; the database needs at least " + megabytes(this.reserve.toBytes()) + " free to run",
				"Free space on that disk, " + MOVE + " (the reserve is samverkanskartan.neo4j.embedded.min-free-space)",
				null);
	}

	static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

}
