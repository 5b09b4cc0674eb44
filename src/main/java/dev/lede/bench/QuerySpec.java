package dev.lede.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One query of an engine-neutral mix (the {@code ../shared/bench/solr-peer} format): words, how they combine, exact
 * entity filters, a publication window and the bounds of the monthly histogram.
 *
 * @param kind {@code keyword}, {@code and} or {@code phrase}
 * @param filters field ({@code people}, {@code places}, {@code orgs}) → values, ORed within a field
 * @param publishedFrom inclusive, or {@code null}
 * @param publishedTo exclusive, or {@code null}
 * @param histogramStart first instant of the monthly histogram, inclusive
 * @param histogramEnd its end, exclusive
 */
record QuerySpec(
        String id,
        String kind,
        List<String> terms,
        Map<String, List<String>> filters,
        Instant publishedFrom,
        Instant publishedTo,
        Instant histogramStart,
        Instant histogramEnd,
        String sourceDoc) {

    QuerySpec {
        terms = List.copyOf(terms);
        filters = Map.copyOf(filters);
    }

    boolean isPhrase() {
        return "phrase".equals(kind);
    }
}
