package se.samverkanskartan.assignment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An assignment's status as reported on a date; its evidence is found by its id. */
public record StatusObservation(String id, LocalDate date, String status, @Nullable String note) {
}
