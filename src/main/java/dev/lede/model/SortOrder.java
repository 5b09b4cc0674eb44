package dev.lede.model;

import java.util.Locale;
import java.util.Optional;

/** How search results are ordered. Relevance without keywords falls back to newest first. */
public enum SortOrder {
    RELEVANCE,
    /** Relevance, with newer articles lifted: a story from this week beats an equally good one from last year. */
    RECENT,
    NEWEST,
    OLDEST;

    public static Optional<SortOrder> parse(String text) {
        for (SortOrder order : values()) {
            if (order.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
