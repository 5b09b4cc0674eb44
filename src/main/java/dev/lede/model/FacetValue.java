package dev.lede.model;

import java.util.List;

/**
 * One value of a facet field and the number of matching articles that have it.
 *
 * @param aliases the other indexed values that curation merged into this one (counted with it)
 */
public record FacetValue(String value, long count, List<String> aliases) {

    public FacetValue {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public FacetValue(String value, long count) {
        this(value, count, List.of());
    }
}
