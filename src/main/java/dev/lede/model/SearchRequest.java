package dev.lede.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A faceted search, independent of how it arrived (HTTP, CLI) and of the engine that answers it. Build one with
 * {@link #builder()} or change one with {@link #toBuilder()}; unset parts take the defaults of {@code /api/search}.
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
 * @param size hits per page; 0 for counts, facets and timelines only
 * @param facetLimit how many top values to return per facet field
 * @param collapse show one hit per group of near-duplicate articles, with the number and sources of its copies
 * @param excluded values per facet field that a matching article must not have (each through its aliases)
 * @param highlight whether snippets mark the matched words; without, each hit shows the opening of its body
 * @param counted the facet fields whose top values are computed
 * @param timelines the date histograms computed
 * @param histogramFrom first day the publication histogram covers, or {@code null} for the first match's
 * @param histogramTo last day the publication histogram covers, or {@code null} for the last match's
 * @param histogramUnit the period of one publication bar, or {@code null} to choose by the span (months or years)
 * @param multiSelect each field's counts, and the publication histogram, ignore that field's own filter (Solr's
 *     tag/ex): a one-value selection counts sideways like an "any of" one, and {@code from}/{@code to} do not narrow
 *     the publication histogram, while the hits still respect every filter
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
        Map<FacetField, List<String>> excluded,
        boolean highlight,
        Set<FacetField> counted,
        Set<Timeline> timelines,
        LocalDate histogramFrom,
        LocalDate histogramTo,
        HistogramUnit histogramUnit,
        boolean multiSelect) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_FACET_LIMIT = 10;
    public static final int MAX_FACET_LIMIT = 100;
    /** Deep paging beyond this many hits needs a cursor, not a page number. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = copyNonEmpty(filters == null ? Map.of() : filters);
        excluded = copyNonEmpty(excluded == null ? Map.of() : excluded);
        anyOf = anyOf == null || anyOf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anyOf));
        counted = counted == null ? Set.of(FacetField.values()) : Set.copyOf(counted);
        timelines = timelines == null ? Set.of(Timeline.values()) : Set.copyOf(timelines);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
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

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every article, newest first. */
    public static SearchRequest everything() {
        return forQuery("");
    }

    public static SearchRequest forQuery(String query) {
        return builder().query(query).build();
    }

    /** The same search without any selected value of {@code field}. */
    public SearchRequest withoutSelection(FacetField field) {
        Map<FacetField, List<String>> remaining = new EnumMap<>(FacetField.class);
        remaining.putAll(filters);
        remaining.remove(field);
        return toBuilder().filters(remaining).build();
    }

    /** The same search, with near-duplicates collapsed or not. */
    public SearchRequest withCollapse(boolean collapse) {
        return toBuilder().collapse(collapse).build();
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

    /** Whether the publication histogram has bounds or a unit of the request's choosing. */
    public boolean hasHistogramOptions() {
        return histogramFrom != null || histogramTo != null || histogramUnit != null;
    }

    /** Collects the parts of a {@link SearchRequest}; each starts at the default of {@code /api/search}. */
    public static final class Builder {
        private String query = "";
        private Map<FacetField, List<String>> filters = Map.of();
        private Set<FacetField> anyOf = Set.of();
        private LocalDate from;
        private LocalDate to;
        private LocalDate mentionedFrom;
        private LocalDate mentionedTo;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private int facetLimit = DEFAULT_FACET_LIMIT;
        private boolean collapse;
        private Map<FacetField, List<String>> excluded = Map.of();
        private boolean highlight = true;
        private Set<FacetField> counted = Set.of(FacetField.values());
        private Set<Timeline> timelines = Set.of(Timeline.values());
        private LocalDate histogramFrom;
        private LocalDate histogramTo;
        private HistogramUnit histogramUnit;
        private boolean multiSelect;

        private Builder() {}

        private Builder(SearchRequest r) {
            query = r.query;
            filters = r.filters;
            anyOf = r.anyOf;
            from = r.from;
            to = r.to;
            mentionedFrom = r.mentionedFrom;
            mentionedTo = r.mentionedTo;
            sort = r.sort;
            page = r.page;
            size = r.size;
            facetLimit = r.facetLimit;
            collapse = r.collapse;
            excluded = r.excluded;
            highlight = r.highlight;
            counted = r.counted;
            timelines = r.timelines;
            histogramFrom = r.histogramFrom;
            histogramTo = r.histogramTo;
            histogramUnit = r.histogramUnit;
            multiSelect = r.multiSelect;
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder filters(Map<FacetField, List<String>> filters) {
            this.filters = filters;
            return this;
        }

        /** Selects {@code values} of {@code field}, replacing any selected before. */
        public Builder filter(FacetField field, List<String> values) {
            EnumMap<FacetField, List<String>> changed = new EnumMap<>(FacetField.class);
            changed.putAll(filters);
            changed.put(field, values);
            this.filters = changed;
            return this;
        }

        public Builder anyOf(Set<FacetField> anyOf) {
            this.anyOf = anyOf;
            return this;
        }

        /** The publication range, inclusive; {@code null} leaves that side open. */
        public Builder published(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        /** The range of dates the text must mention, inclusive; {@code null} leaves that side open. */
        public Builder mentioned(LocalDate from, LocalDate to) {
            this.mentionedFrom = from;
            this.mentionedTo = to;
            return this;
        }

        public Builder sort(SortOrder sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder facetLimit(int facetLimit) {
            this.facetLimit = facetLimit;
            return this;
        }

        public Builder collapse(boolean collapse) {
            this.collapse = collapse;
            return this;
        }

        public Builder excluded(Map<FacetField, List<String>> excluded) {
            this.excluded = excluded;
            return this;
        }

        public Builder highlight(boolean highlight) {
            this.highlight = highlight;
            return this;
        }

        /** Which facet fields and timelines to compute; the others are left out of the answer. */
        public Builder counting(Set<FacetField> fields, Set<Timeline> timelines) {
            this.counted = fields;
            this.timelines = timelines;
            return this;
        }

        /** The publication histogram's bounds (inclusive, {@code null} for the data's) and unit ({@code null}: auto). */
        public Builder histogram(LocalDate from, LocalDate to, HistogramUnit unit) {
            this.histogramFrom = from;
            this.histogramTo = to;
            this.histogramUnit = unit;
            return this;
        }

        public Builder multiSelect(boolean multiSelect) {
            this.multiSelect = multiSelect;
            return this;
        }

        public SearchRequest build() {
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
                    excluded,
                    highlight,
                    counted,
                    timelines,
                    histogramFrom,
                    histogramTo,
                    histogramUnit,
                    multiSelect);
        }
    }
}
