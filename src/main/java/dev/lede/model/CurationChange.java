package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One correction in the curation log. The log is kept in order; undoing a change removes it.
 *
 * @param id increasing number that names the change, e.g. for undo
 * @param target the value merged into or the new name; {@code null} for split and block
 */
public record CurationChange(
        long id, Instant at, CurationAction action, FacetField field, String value, String target) {

    public CurationChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (action.needsTarget() && (target == null || target.isBlank())) {
            throw new IllegalArgumentException(action.label() + " needs a target value");
        }
    }
}
