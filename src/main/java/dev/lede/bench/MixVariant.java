package dev.lede.bench;

import dev.lede.model.SortOrder;
import java.util.Arrays;
import java.util.Optional;

/** The three ways solr-peer asks each query of the mix: rows, sort and highlighting (facets are always counted). */
enum MixVariant {
    FULL("full", 10, SortOrder.RELEVANCE, true),
    FACETS_ONLY("facets_only", 0, SortOrder.RELEVANCE, false),
    SORT_PUBLISHED("sort_published", 10, SortOrder.NEWEST, true);

    private final String label;
    final int size;
    final SortOrder sort;
    final boolean highlight;

    MixVariant(String label, int size, SortOrder sort, boolean highlight) {
        this.label = label;
        this.size = size;
        this.sort = sort;
        this.highlight = highlight;
    }

    String label() {
        return label;
    }

    static Optional<MixVariant> byLabel(String label) {
        return Arrays.stream(values())
                .filter(v -> v.label.equals(label.strip()))
                .findFirst();
    }
}
