package se.samverkanskartan.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.graph.Provenance;
import se.samverkanskartan.graph.RelationType;

/** The facts of the data files, checked and ready to be written to the graph. */
final class Seed {

	private Seed() {
	}

	/** A quote with its locator: the evidence for a fact. */
	record Evidence(String document, @Nullable Integer line, @Nullable Integer lineTo, @Nullable String locator,
			String quote, @Nullable String reading, boolean summary) {

		/** The same quote at the same place in the same document is one claim, whichever facts cite it. */
		String claimId() {
			String key = this.document + "|" + this.line + "|" + this.lineTo + "|" + this.locator + "|"
					+ Quotes.fold(this.quote);
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
				return "claim-" + HexFormat.of().formatHex(hash, 0, 8);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String locatorText() {
			if (this.line == null) {
				return this.locator == null ? "webbsida" : this.locator;
			}
			return this.lineTo == null || this.lineTo.equals(this.line) ? "rad " + this.line
					: "rad " + this.line + "–" + this.lineTo;
		}

	}

	/**
	 * What a report said of an assignment: a state it reported ({@code REPORTED}, applying from {@code date}) or a
	 * forecast ({@code FORECAST}, for {@code date}), each with the date of the report that said it.
	 */
	record Status(String kind, PartialDate date, PartialDate reportedOn, String status, @Nullable String note,
			@Nullable String reason, List<Evidence> evidence) {

		boolean forecast() {
			return "FORECAST".equals(this.kind);
		}

	}

	/** A node of any kind, documents included. */
	record Node(String id, NodeKind kind, String name, List<String> aliases, @Nullable String description,
			Provenance provenance, @Nullable String reason, @Nullable PartialDate validFrom,
			@Nullable PartialDate validTo, boolean internal, Map<String, Object> properties, List<Evidence> evidence,
			List<Status> statuses, DataEntry at) {
	}

	/** A relationship between two nodes. */
	record Relation(String id, RelationType type, String from, String to, Provenance provenance,
			@Nullable String reason, @Nullable PartialDate validFrom, @Nullable PartialDate validTo, boolean internal,
			Map<String, Object> properties, List<Evidence> evidence, DataEntry at) {
	}

	/** Everything the data files hold. */
	record Catalogue(List<Node> nodes, List<Relation> relations, String checksum) {
	}

}
