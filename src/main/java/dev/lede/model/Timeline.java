package dev.lede.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two date histograms a search can return beside its facet counts.
 *
 * @param key the response field it appears under, and its name in a request's {@code facets} list
 */
public enum Timeline {
    PUBLISHED("published"),
    MENTIONED("mentioned");

    private final String key;

    Timeline(String key) {
        this.key = key;
    }

    public static Optional<Timeline> byKey(String name) {
        return Arrays.stream(values()).filter(t -> t.key.equals(name.strip())).findFirst();
    }

    public String key() {
        return key;
    }
}
