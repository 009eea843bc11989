package se.samverkanskartan.source;

/**
 * A step that runs at start-up after the migrations and before the data files are loaded, such as restoring a
 * backup into an empty graph.
 */
@FunctionalInterface
public interface BeforeSeedLoad {

	void run();

}
