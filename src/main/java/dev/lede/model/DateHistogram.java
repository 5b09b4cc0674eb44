package dev.lede.model;

import java.util.List;

/**
 * Matching articles counted by publication period, oldest first.
 *
 * @param granularity "year" or "month", chosen by the span of the results; "week" (buckets named by their Monday) or
 *     "day" for a short publication range
 */
public record DateHistogram(String granularity, List<FacetValue> buckets) {

    public static final DateHistogram EMPTY = new DateHistogram("year", List.of());

    public DateHistogram {
        buckets = List.copyOf(buckets);
    }
}
