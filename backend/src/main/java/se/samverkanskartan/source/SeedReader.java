package se.samverkanskartan.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import se.samverkanskartan.source.DataFileReader.DataFile;
import se.samverkanskartan.source.EvidenceParser.DocumentText;

/**
 * Reads every data file and the source documents they quote, checks them as a whole (unique ids, relations
 * between nodes that exist and whose kinds fit) and returns the catalogue, or throws a {@link DataFileException}
 * listing every problem.
 */
public class SeedReader {

	private final ResourcePatternResolver resolver;

	private final String dataLocation;

	private final String sourcesLocation;

	public SeedReader(ResourcePatternResolver resolver, String dataLocation, String sourcesLocation) {
		this.resolver = resolver;
		this.dataLocation = folder(dataLocation);
		this.sourcesLocation = folder(sourcesLocation);
	}

	Seed.Catalogue read() {
		List<DataProblem> problems = new ArrayList<>();
		MessageDigest digest = sha256();
		List<DataFile> files = new ArrayList<>();
		for (Resource resource : resources(this.dataLocation + "*.yaml")) {
			String text = text(resource);
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			files.add(DataFileReader.read(resource.getFilename(), text, problems));
		}
		Map<String, DocumentText> documents = documents(files, digest, problems);
		SeedParser parser = new SeedParser(documents, problems);
		List<Seed.Node> nodes = new ArrayList<>();
		List<Seed.Relation> relations = new ArrayList<>();
		for (DataFile file : files) {
			file.section("documents").stream().map(parser::document).filter(n -> n != null).forEach(nodes::add);
			file.section("nodes").stream().map(parser::node).filter(n -> n != null).forEach(nodes::add);
			file.section("relations").stream().map(parser::relation).filter(r -> r != null).forEach(relations::add);
		}
		crossCheck(nodes, relations, problems);
		if (!problems.isEmpty()) {
			throw new DataFileException(problems);
		}
		return new Seed.Catalogue(nodes, relations, java.util.HexFormat.of().formatHex(digest.digest()));
	}

	private Map<String, DocumentText> documents(List<DataFile> files, MessageDigest digest, List<DataProblem> problems) {
		Map<String, DocumentText> documents = new HashMap<>();
		for (DataFile file : files) {
			for (DataEntry entry : file.section("documents")) {
				String id = entry.text("id");
				String kind = entry.text("kind");
				if (id == null) {
					continue;
				}
				if ("EXTERNAL".equals(kind)) {
					documents.put(id, new DocumentText(id, List.of(), true));
				}
				else if ("SOURCE".equals(kind) && entry.text("file") != null) {
					Resource source = this.resolver.getResource(this.sourcesLocation + entry.text("file"));
					if (!source.exists()) {
						problems.add(new DataProblem(entry.file(), entry.line(), id,
								"file: no source document '" + entry.text("file") + "' in " + this.sourcesLocation));
						continue;
					}
					String text = text(source);
					digest.update(text.getBytes(StandardCharsets.UTF_8));
					documents.put(id, new DocumentText(id, text.lines().toList(), false));
				}
				else {
					problems.add(new DataProblem(entry.file(), entry.line(), id,
							"kind: must be SOURCE (with a file) or EXTERNAL (with a url), was '" + kind + "'"));
				}
			}
		}
		return documents;
	}

	private static void crossCheck(List<Seed.Node> nodes, List<Seed.Relation> relations, List<DataProblem> problems) {
		Map<String, Seed.Node> byId = new LinkedHashMap<>();
		for (Seed.Node node : nodes) {
			Seed.Node earlier = byId.putIfAbsent(node.id(), node);
			if (earlier != null) {
				problems.add(new DataProblem(node.at().file(), node.at().line(), node.id(), "id: already used at "
						+ earlier.at().file() + ":" + earlier.at().line()));
			}
		}
		Set<String> relationIds = new HashSet<>();
		for (Seed.Relation relation : relations) {
			DataEntry at = relation.at();
			if (!relationIds.add(relation.id())) {
				problems.add(new DataProblem(at.file(), at.line(), relation.id(), "the same relation is given twice"));
			}
			Seed.Node from = byId.get(relation.from());
			Seed.Node to = byId.get(relation.to());
			if (from == null || to == null) {
				problems.add(new DataProblem(at.file(), at.line(), at.label(), "no node with the id '"
						+ (from == null ? relation.from() : relation.to()) + "'"));
				continue;
			}
			if (!relation.type().from().contains(from.kind()) || !relation.type().to().contains(to.kind())) {
				problems.add(new DataProblem(at.file(), at.line(), at.label(), relation.type() + " cannot go from a "
						+ from.kind().label() + " to a " + to.kind().label() + "; it goes from "
						+ relation.type().from() + " to " + relation.type().to()));
			}
		}
		FlowDirections.check(byId, relations, problems);
	}

	private List<Resource> resources(String pattern) {
		try {
			return Arrays.stream(this.resolver.getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the data files at " + pattern, ex);
		}
	}

	private static String text(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String folder(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

}
