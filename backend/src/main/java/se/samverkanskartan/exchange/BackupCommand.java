package se.samverkanskartan.exchange;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/** Writes a backup of the whole graph once the application has started, then stops it. */
class BackupCommand implements ApplicationRunner, ApplicationContextAware {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final Path file;

	private final BackupFiles files;

	private final GraphExporter exporter;

	private ApplicationContext context;

	BackupCommand(Path file, BackupFiles files, GraphExporter exporter) {
		this.file = file;
		this.files = files;
		this.exporter = exporter;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		GraphDump dump = this.exporter.export();
		this.files.write(dump, this.file);
		log.info("Backup of {} nodes and {} relationships written to {}", dump.nodes().size(),
				dump.relationships().size(), this.file.toAbsolutePath());
		int code = SpringApplication.exit(this.context, () -> 0);
		// Exit from a thread of its own: exiting from here would wait for the runner to return.
		new Thread(() -> System.exit(code)).start();
	}

}
