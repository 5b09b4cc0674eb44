package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.DateHistogram;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Timeline;
import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsCollector;

/** Turns a search's counts into model values: the top values of each field and the two timelines. */
final class FacetReader {

    /** Beyond this many years of results a month-by-month histogram is too fine to read. */
    private static final int MAX_YEARS_FOR_MONTHS = 3;
    /** A text that names both 1066 and 2025 gets its years, not a thousand empty bars between them. */
    private static final int MAX_FILLED_PERIODS = 300;

    private FacetReader() {}

    /**
     * A search's facet counts and timelines.
     *
     * @param facets the top values by field, keyed by {@link FacetField#plural()}, in the order of {@link FacetField}
     * @param timelines the histograms counted, each {@link DateHistogram#EMPTY} without a dated match
     */
    record Counted(Map<String, List<FacetValue>> facets, Map<Timeline, DateHistogram> timelines) {}

    /**
     * The top values of {@code fields} among a search's matches as curation shows them, and its {@code timelines}; a
     * field with a selection of its own is counted without it (sideways), the rest and the timelines in one pass over
     * all the matches (the timelines' dimensions are never drilled into).
     *
     * @param ordinals {@code null} while the index holds no facet value
     */
    static Counted count(
            CanonicalOrdinals ordinals,
            DrillSidewaysResult matches,
            Set<FacetField> fields,
            Set<Timeline> timelines,
            int limit)
            throws IOException {
        Map<Timeline, DateHistogram> histograms = new EnumMap<>(Timeline.class);
        if (ordinals == null) {
            timelines.forEach(timeline -> histograms.put(timeline, DateHistogram.EMPTY));
            return new Counted(noValues(fields), histograms);
        }
        Set<FacetField> overAll = EnumSet.noneOf(FacetField.class);
        Map<FacetField, List<FacetValue>> counted = new EnumMap<>(FacetField.class);
        for (FacetField field : fields) {
            FacetsCollector own = SidewaysMatches.matchesFor(matches, Schema.dimension(field));
            if (own == matches.drillDownFacetsCollector) {
                overAll.add(field);
            } else {
                counted.putAll(ordinals.top(own, Set.of(field), limit));
            }
        }
        CanonicalOrdinals.Counts all = ordinals.count(matches.drillDownFacetsCollector, overAll, timelines);
        overAll.forEach(field -> counted.put(field, all.top(field, limit)));
        for (Timeline timeline : timelines) {
            histograms.put(
                    timeline,
                    histogram(
                            all.values(Schema.yearDimension(timeline)),
                            () -> all.values(Schema.monthDimension(timeline))));
        }
        Map<String, List<FacetValue>> byField = new LinkedHashMap<>();
        counted.forEach((field, values) -> byField.put(field.plural(), values));
        return new Counted(byField, histograms);
    }

    /** Each of {@code fields} with no values, in the order of {@link FacetField}. */
    static Map<String, List<FacetValue>> noValues(Set<FacetField> fields) {
        Map<String, List<FacetValue>> byField = new LinkedHashMap<>();
        for (FacetField field : FacetField.values()) {
            if (fields.contains(field)) {
                byField.put(field.plural(), List.of());
            }
        }
        return byField;
    }

    /**
     * A timeline from its counts by year and by month: by year over more than {@link #MAX_YEARS_FOR_MONTHS} years,
     * else by month (only then are the months read).
     */
    static DateHistogram histogram(List<FacetValue> byYear, Supplier<List<FacetValue>> byMonth) {
        List<FacetValue> years = chronological(byYear);
        if (years.isEmpty()) {
            return DateHistogram.EMPTY;
        }
        int first = Integer.parseInt(years.getFirst().value());
        int last = Integer.parseInt(years.getLast().value());
        if (last - first + 1 > MAX_YEARS_FOR_MONTHS) {
            return new DateHistogram("year", withEmptyPeriods(years, Year::parse, Year::plusYears));
        }
        List<FacetValue> months = chronological(byMonth.get());
        return new DateHistogram("month", withEmptyPeriods(months, YearMonth::parse, YearMonth::plusMonths));
    }

    /** A timeline shows quiet periods too: every period between the first and the last, with zero counts. */
    static <T extends Comparable<T>> List<FacetValue> withEmptyPeriods(
            List<FacetValue> buckets, Function<String, T> parse, BiFunction<T, Long, T> plus) {
        if (buckets.isEmpty()) {
            return buckets;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        buckets.forEach(bucket -> counts.put(bucket.value(), bucket.count()));
        T last = parse.apply(buckets.getLast().value());
        if (plus.apply(parse.apply(buckets.getFirst().value()), (long) MAX_FILLED_PERIODS)
                        .compareTo(last)
                < 0) {
            return buckets;
        }
        List<FacetValue> filled = new ArrayList<>();
        for (T period = parse.apply(buckets.getFirst().value());
                period.compareTo(last) <= 0;
                period = plus.apply(period, 1L)) {
            filled.add(new FacetValue(period.toString(), counts.getOrDefault(period.toString(), 0L)));
        }
        return filled;
    }

    static List<FacetValue> chronological(List<FacetValue> values) {
        return values.stream().sorted(Comparator.comparing(FacetValue::value)).toList();
    }
}
