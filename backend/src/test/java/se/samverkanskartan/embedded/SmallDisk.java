package se.samverkanskartan.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few megabytes (a tmpfs mounted for the test), so that a disk really fills. Mounting
 * needs root or CAP_SYS_ADMIN; where the machine does not allow it, the tests that need one are skipped.
 */
public final class SmallDisk implements AutoCloseable {

	private static final int MB = 1024 * 1024;

	private final Path root;

	private int fillers;

	private SmallDisk(Path root) {
		this.root = root;
	}

	/** Whether this machine lets the test mount a tmpfs; the condition of the tests that use one. */
	public static boolean canMount() {
		try {
			SmallDisk probe = mount(1, "rw");
			probe.close();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Mounts a tmpfs of the given size with the given options ({@code rw}, or {@code ro} for a read-only disk). */
	public static SmallDisk mount(int megabytes, String options) {
		try {
			Path root = Files.createTempDirectory("samverkanskartan-small-disk-");
			try {
				run("mount", "-t", "tmpfs", "-o", options + ",size=" + megabytes + "m", "tmpfs", root.toString());
			}
			catch (RuntimeException ex) {
				Files.delete(root);
				throw ex;
			}
			return new SmallDisk(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path root() {
		return this.root;
	}

	public long freeBytes() {
		try {
			return Files.getFileStore(this.root).getUsableSpace();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a file of zeros (real pages: a sparse file would take no room) until only this much is free. */
	public void fillLeaving(long bytes) {
		write(freeBytes() - bytes);
	}

	/** Writes until the disk refuses: what another program on the same disk may do at any time. */
	public void fillCompletely() {
		write(Long.MAX_VALUE);
	}

	/** Deletes what {@link #fillLeaving} and {@link #fillCompletely} wrote: the operator frees space. */
	public void freeFillers() {
		try (var files = Files.list(this.root)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("filler-")).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(long bytes) {
		byte[] chunk = new byte[MB];
		long left = bytes;
		try (OutputStream out = Files.newOutputStream(this.root.resolve("filler-" + this.fillers++))) {
			while (left > 0) {
				int size = (int) Math.min(chunk.length, left);
				out.write(chunk, 0, size);
				left -= size;
			}
		}
		catch (IOException ex) {
			if (bytes != Long.MAX_VALUE) {
				throw new UncheckedIOException(ex);
			}
			// Full, as asked.
		}
	}

	@Override
	public void close() {
		// Lazy, so that a file the engine still holds open does not keep the mount.
		run("umount", "-l", this.root.toString());
		try {
			Files.deleteIfExists(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
