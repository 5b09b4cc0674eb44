package dev.lede.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A faceted search, independent of how it arrived (HTTP, CLI) and of the engine that answers it.
 *
 * @param query keywords in the query language, or "" for every article
 * @param filters selected values per facet field
 * @param anyOf fields whose selected values mean "mentions any of them"; other fields mean "all of them"
 * @param from first publication day, inclusive, or {@code null}
 * @param to last publication day, inclusive, or {@code null}
 * @param mentionedFrom with {@code mentionedTo}: only articles that mention a date within this range (a day, a month
 *     or a year that lies wholly inside it), inclusive, or {@code null}
 * @param mentionedTo the range's last day, inclusive, or {@code null}
 * @param page 1-based page number
 * @param size hits per page
 * @param facetLimit how many top values to return per facet field
 * @param collapse show one hit per group of near-duplicate articles, with the number and sources of its copies
 * @param excluded values per facet field that a matching article must not have (each through its aliases)
 */
public record SearchRequest(
        String query,
        Map<FacetField, List<String>> filters,
        Set<FacetField> anyOf,
        LocalDate from,
        LocalDate to,
        LocalDate mentionedFrom,
        LocalDate mentionedTo,
        SortOrder sort,
        int page,
        int size,
        int facetLimit,
        boolean collapse,
        Map<FacetField, List<String>> excluded) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_FACET_LIMIT = 10;
    public static final int MAX_FACET_LIMIT = 100;
    /** Deep paging beyond this many hits needs a cursor, not a page number. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        EnumMap<FacetField, List<String>> copy = new EnumMap<>(FacetField.class);
        filters.forEach((field, values) -> {
            if (!values.isEmpty()) {
                copy.put(field, List.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
        excluded = copyNonEmpty(excluded == null ? Map.of() : excluded);
        anyOf = anyOf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anyOf));
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** A search without excluded values. */
    public SearchRequest(
            String query,
            Map<FacetField, List<String>> filters,
            Set<FacetField> anyOf,
            LocalDate from,
            LocalDate to,
            LocalDate mentionedFrom,
            LocalDate mentionedTo,
            SortOrder sort,
            int page,
            int size,
            int facetLimit,
            boolean collapse) {
        this(
                query,
                filters,
                anyOf,
                from,
                to,
                mentionedFrom,
                mentionedTo,
                sort,
                page,
                size,
                facetLimit,
                collapse,
                Map.of());
    }

    private static Map<FacetField, List<String>> copyNonEmpty(Map<FacetField, List<String>> values) {
        EnumMap<FacetField, List<String>> copy = new EnumMap<>(FacetField.class);
        values.forEach((field, list) -> {
            if (!list.isEmpty()) {
                copy.put(field, List.copyOf(list));
            }
        });
        return Map.copyOf(copy);
    }

    /** A search that shows every matching article, duplicates included. */
    public SearchRequest(
            String query,
            Map<FacetField, List<String>> filters,
            Set<FacetField> anyOf,
            LocalDate from,
            LocalDate to,
            LocalDate mentionedFrom,
            LocalDate mentionedTo,
            SortOrder sort,
            int page,
            int size,
            int facetLimit) {
        this(query, filters, anyOf, from, to, mentionedFrom, mentionedTo, sort, page, size, facetLimit, false);
    }

    /** Every article, newest first. */
    public static SearchRequest everything() {
        return forQuery("");
    }

    public static SearchRequest forQuery(String query) {
        return new SearchRequest(
                query,
                Map.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                SortOrder.RELEVANCE,
                1,
                DEFAULT_SIZE,
                DEFAULT_FACET_LIMIT);
    }

    /** The same search without any selected value of {@code field}. */
    public SearchRequest withoutSelection(FacetField field) {
        Map<FacetField, List<String>> remaining = new EnumMap<>(FacetField.class);
        remaining.putAll(filters);
        remaining.remove(field);
        return new SearchRequest(
                query,
                remaining,
                anyOf,
                from,
                to,
                mentionedFrom,
                mentionedTo,
                sort,
                page,
                size,
                facetLimit,
                collapse,
                excluded);
    }

    /** The same search, with near-duplicates collapsed or not. */
    public SearchRequest withCollapse(boolean collapse) {
        return new SearchRequest(
                query,
                filters,
                anyOf,
                from,
                to,
                mentionedFrom,
                mentionedTo,
                sort,
                page,
                size,
                facetLimit,
                collapse,
                excluded);
    }

    public List<String> selected(FacetField field) {
        return filters.getOrDefault(field, List.of());
    }

    /** The values of {@code field} a matching article must not have. */
    public List<String> excluded(FacetField field) {
        return excluded.getOrDefault(field, List.of());
    }

    public boolean hasKeywords() {
        return !query.isBlank();
    }
}
