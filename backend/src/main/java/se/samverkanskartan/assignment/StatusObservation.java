package se.samverkanskartan.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a report said of an assignment, found by its id for its evidence: a REPORTED state applying from
 * {@code date}, or a FORECAST for {@code date}; {@code reportedOn} is the date of the report as written.
 */
public record StatusObservation(String id, String kind, LocalDate date, String precision, String reportedOn,
		String status, @Nullable String note, @Nullable String reason) {
}
