package se.samverkanskartan.source;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a data file into entries that remember their line. Scalars stay text (a date stays "2024-01", not a
 * timestamp); the parser that knows the field decides what a value means.
 */
final class DataFileReader {

	static final Set<String> SECTIONS = Set.of("documents", "nodes", "relations");

	/** The entries of one file, by section. */
	record DataFile(String name, Map<String, List<DataEntry>> sections) {

		List<DataEntry> section(String name) {
			return this.sections.getOrDefault(name, List.of());
		}

	}

	private DataFileReader() {
	}

	static DataFile read(String name, String text, List<DataProblem> problems) {
		Map<String, List<DataEntry>> sections = new LinkedHashMap<>();
		Node root;
		try (Reader reader = new StringReader(text)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			problems.add(new DataProblem(name, line, "file", "is not valid YAML: " + ex.getProblem()));
			return new DataFile(name, sections);
		}
		catch (Exception ex) {
			problems.add(new DataProblem(name, 0, "file", "cannot be read: " + ex.getMessage()));
			return new DataFile(name, sections);
		}
		if (root == null) {
			return new DataFile(name, sections);
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new DataProblem(name, line(root), "file", "must be a map with the keys " + SECTIONS));
			return new DataFile(name, sections);
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!SECTIONS.contains(key)) {
				problems.add(new DataProblem(name, line(tuple.getKeyNode()), "file",
						"has an unknown section '" + key + "'; allowed are " + SECTIONS));
				continue;
			}
			if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
				problems.add(new DataProblem(name, line(tuple.getValueNode()), key, "must be a list of entries"));
				continue;
			}
			List<DataEntry> entries = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				Object value = convert(item, name, problems);
				if (value instanceof Map<?, ?> map) {
					@SuppressWarnings("unchecked")
					Map<String, Object> values = (Map<String, Object>) map;
					entries.add(new DataEntry(name, line(item), values));
				}
				else {
					problems.add(new DataProblem(name, line(item), key, "each entry must be a map of fields"));
				}
			}
			sections.put(key, entries);
		}
		return new DataFile(name, sections);
	}

	/** Plain Java values; a map remembers its line under the key {@code "@line"}. */
	private static Object convert(Node node, String file, List<DataProblem> problems) {
		return switch (node) {
			case ScalarNode scalar -> scalar.getValue();
			case SequenceNode sequence -> sequence.getValue().stream().map(n -> convert(n, file, problems)).toList();
			case MappingNode mapping -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (NodeTuple tuple : mapping.getValue()) {
					String key = scalar(tuple.getKeyNode());
					if (map.containsKey(key)) {
						problems.add(new DataProblem(file, line(tuple.getKeyNode()), key, "is given twice in one entry"));
					}
					map.put(key, convert(tuple.getValueNode(), file, problems));
				}
				map.put("@line", line(mapping));
				yield map;
			}
			default -> "";
		};
	}

	private static String scalar(Node node) {
		return node instanceof ScalarNode scalar ? scalar.getValue() : node.toString();
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
