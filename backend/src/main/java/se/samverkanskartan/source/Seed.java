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
			String quote, @Nullable String reading) {

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

	/** An assignment's status as reported on a date. */
	record Status(PartialDate date, String status, @Nullable String note, List<Evidence> evidence) {
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
