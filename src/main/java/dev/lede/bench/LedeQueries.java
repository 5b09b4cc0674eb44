package dev.lede.bench;

import dev.lede.model.FacetField;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import dev.lede.model.Timeline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a query of the mix into Lede's terms, once, for both paths the benchmark times: a {@link SearchRequest}
 * for the in-JVM search and the {@code /api/search} query string that the server turns into the same request. The
 * facet request matches solr-peer's: top 10 people, places and orgs with multi-select, a monthly publication
 * histogram over the mix's bounds that ignores the date filter.
 */
final class LedeQueries {

    private static final Set<FacetField> COUNTED = EnumSet.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);
    private static final int FACET_LIMIT = 10;

    private LedeQueries() {}

    static SearchRequest request(QuerySpec query, MixVariant variant) {
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        query.filters().forEach((name, values) -> filters.put(field(name), values));
        return SearchRequest.builder()
                .query(keywords(query))
                .filters(filters)
                .anyOf(filters.keySet())
                .published(day(query.publishedFrom()), dayBefore(query.publishedTo()))
                .sort(variant.sort)
                .size(variant.size)
                .highlight(variant.highlight)
                .facetLimit(FACET_LIMIT)
                .counting(COUNTED, EnumSet.of(Timeline.PUBLISHED))
                .histogram(day(query.histogramStart()), dayBefore(query.histogramEnd()), HistogramUnit.MONTH)
                .multiSelect(true)
                .build();
    }

    /** The query string of {@code GET /api/search} that asks for exactly {@code request}. */
    static String queryString(SearchRequest request) {
        List<String> pairs = new ArrayList<>();
        pairs.add(pair("q", request.query()));
        for (FacetField field : FacetField.values()) {
            request.selected(field).forEach(value -> pairs.add(pair(field.parameter(), value)));
        }
        if (!request.anyOf().isEmpty()) {
            pairs.add(pair(
                    "any",
                    join(request.anyOf().stream().map(FacetField::parameter).toList())));
        }
        addDate(pairs, "from", request.from());
        addDate(pairs, "to", request.to());
        pairs.add(pair("sort", request.sort().label()));
        pairs.add(pair("size", Integer.toString(request.size())));
        pairs.add(pair("facetLimit", Integer.toString(request.facetLimit())));
        pairs.add(pair("highlight", Boolean.toString(request.highlight())));
        List<String> counted = new ArrayList<>(
                request.counted().stream().map(FacetField::plural).toList());
        request.timelines().forEach(timeline -> counted.add(timeline.key()));
        pairs.add(pair("facets", join(counted)));
        addDate(pairs, "histogramFrom", request.histogramFrom());
        addDate(pairs, "histogramTo", request.histogramTo());
        if (request.histogramUnit() != null) {
            pairs.add(pair("histogramUnit", request.histogramUnit().label()));
        }
        pairs.add(pair("multiSelect", Boolean.toString(request.multiSelect())));
        return String.join("&", pairs);
    }

    private static String keywords(QuerySpec query) {
        String words = String.join(" ", query.terms());
        return query.isPhrase() ? "\"" + words + "\"" : words;
    }

    private static FacetField field(String name) {
        return switch (name) {
            case "people" -> FacetField.PERSON;
            case "places" -> FacetField.PLACE;
            case "orgs" -> FacetField.ORG;
            default -> throw new IllegalArgumentException("the mix filters people, places or orgs, not " + name);
        };
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Lede's date bounds are inclusive days; the mix's upper bounds are exclusive midnights. */
    private static LocalDate dayBefore(Instant exclusiveEnd) {
        return exclusiveEnd == null ? null : day(exclusiveEnd.minusNanos(1));
    }

    private static String join(List<String> names) {
        return String.join(",", names.stream().sorted(Comparator.naturalOrder()).toList());
    }

    private static void addDate(List<String> pairs, String name, LocalDate date) {
        if (date != null) {
            pairs.add(pair(name, date.toString()));
        }
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
