package se.samverkanskartan.timeline;

import java.time.LocalDate;
import java.util.List;

/** What was added, removed or changed between two dates. */
public record ChangeSet(LocalDate from, LocalDate to, List<Change> added, List<Change> removed, List<Change> changed) {
}
