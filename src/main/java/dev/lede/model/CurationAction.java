package dev.lede.model;

import java.util.Locale;
import java.util.Optional;

/** The corrections a person can make to the values of a facet field without re-indexing. */
public enum CurationAction {
    /** {@code value} becomes an alias of {@code target}: both count, filter and show as {@code target}. */
    MERGE,
    /** {@code value} is shown, counted and filtered as the new name {@code target}. */
    RENAME,
    /** {@code value} stops being an alias and stands as a value of its own again. */
    SPLIT,
    /** {@code value} is not an entity: it disappears from facets, hits and articles. */
    BLOCK;

    public static Optional<CurationAction> parse(String text) {
        for (CurationAction action : values()) {
            if (action.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public boolean needsTarget() {
        return this == MERGE || this == RENAME;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
