package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A merge Lede made on its own, with why, so that a reader can judge it and a curator undo it (a split of {@code
 * value} in the curation log wins, since the log is applied after automatic merges).
 *
 * @param reason reads after "merged because": {@code "Moammar Gadhafi" and "Muammar Gaddafi" differ only in ...}
 */
public record AutomaticMerge(FacetField field, String value, String target, String reason) {

    public AutomaticMerge {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }

    /** As a curation change, for replaying before the curation log. */
    public CurationChange change() {
        return new CurationChange(0, Instant.EPOCH, CurationAction.MERGE, field, value, target);
    }
}
