package se.samverkanskartan.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.samverkanskartan.graph.NodeKind;
import se.samverkanskartan.graph.PartialDate;
import se.samverkanskartan.source.Seed.Evidence;
import se.samverkanskartan.source.Seed.Status;

/** Reads an assignment's status observations: what each report said, reported state or forecast, with its quote. */
final class StatusParser {

	private static final Set<String> STATUSES = Set.of("PLANNED", "STARTED", "ONGOING", "COMPLETED", "NOT_COMPLETED",
			"YEAR_PART_COMPLETED");

	private static final Set<String> STATUS_FIELDS = Set.of("kind", "date", "reportedOn", "status", "note", "reason",
			"evidence", "@line");

	private final EvidenceParser evidence;

	private final List<DataProblem> problems;

	StatusParser(EvidenceParser evidence, List<DataProblem> problems) {
		this.evidence = evidence;
		this.problems = problems;
	}

	/** An assignment's statuses, given under {@code properties} as the data README documents, or at the top. */
	@SuppressWarnings("unchecked")
	List<Status> parse(DataEntry entry, @Nullable NodeKind kind) {
		List<Status> statuses = new ArrayList<>();
		List<Object> given = new ArrayList<>(entry.list("statuses"));
		if (entry.values().get("properties") instanceof Map<?, ?> properties
				&& properties.get("statuses") instanceof List<?> list) {
			given.addAll((List<Object>) list);
		}
		if (!given.isEmpty() && kind != NodeKind.ASSIGNMENT) {
			problem(entry, "statuses: only assignments have statuses");
			return statuses;
		}
		for (Object item : given) {
			if (!(item instanceof Map<?, ?> map)) {
				problem(entry, "statuses: each item must be a map with date, status, note and evidence");
				continue;
			}
			@SuppressWarnings("unchecked")
			DataEntry status = entry.child((Map<String, Object>) map, (Integer) map.get("@line"));
			Status parsed = status(entry, status);
			if (parsed != null) {
				statuses.add(parsed);
			}
		}
		return statuses;
	}

	/**
	 * One observation: a REPORTED state applies from {@code date} ({@code reportedOn} defaults to it); a FORECAST is
	 * for {@code date} and needs the {@code reportedOn} of the report that made it, so it is never read as a fact.
	 */
	private Seed.@Nullable Status status(DataEntry owner, DataEntry status) {
		status.values().keySet().stream().filter(key -> !STATUS_FIELDS.contains(key))
			.forEach(key -> problem(status, "statuses: unknown field '" + key + "'"));
		String kind = status.text("kind") == null ? "REPORTED" : status.text("kind");
		if (!kind.equals("REPORTED") && !kind.equals("FORECAST")) {
			problem(status, "statuses.kind: must be REPORTED or FORECAST, was '" + kind + "'");
			return null;
		}
		String value = status.text("status");
		if (value == null || !STATUSES.contains(value)) {
			problem(status, "statuses.status: must be one of " + STATUSES.stream().sorted().toList() + ", was '" + value + "'");
			return null;
		}
		PartialDate date = SeedParser.date(status, "date", this.problems);
		PartialDate reportedOn = SeedParser.date(status, "reportedOn", this.problems);
		if (date == null) {
			problem(status, "statuses.date: is required");
			return null;
		}
		if (kind.equals("FORECAST") && reportedOn == null) {
			problem(status, "statuses.reportedOn: a FORECAST needs the date of the report that made it");
			return null;
		}
		List<Evidence> evidence = this.evidence.parse(owner, status.list("evidence"));
		if (evidence.isEmpty() && status.list("evidence").isEmpty()) {
			problem(status, "statuses.evidence: a status needs the quote that reports it");
		}
		return new Status(kind, date, reportedOn == null ? date : reportedOn, value, status.text("note"),
				status.text("reason"), evidence);
	}

	private void problem(DataEntry entry, String message) {
		this.problems.add(new DataProblem(entry.file(), entry.line(), entry.label(), message));
	}

}
