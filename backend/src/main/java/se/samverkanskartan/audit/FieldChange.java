package se.samverkanskartan.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a change did to one field of a fact: its value before and after, as plain values (text, a number, a boolean,
 * a list of texts), null where the field had or has none.
 */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
}
