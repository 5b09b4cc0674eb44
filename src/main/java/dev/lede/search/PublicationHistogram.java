package dev.lede.search;

import dev.lede.model.DateHistogram;
import dev.lede.model.FacetValue;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The publication histogram with the bounds and unit a request chooses: matching articles counted by day, week
 * (starting Monday), month or year of their publication date, every period between the bounds shown. Read from the
 * publication doc values of the matches ({@link PublicationDays}), since the indexed year and month facets cannot
 * give days or weeks.
 */
final class PublicationHistogram {

    /** A histogram is a picture: beyond this many bars the caller wants a coarser unit or narrower bounds. */
    static final int MAX_BUCKETS = 1_000;
    /** Without a unit, a span of more years than this is shown by year, else by month, as the default timeline. */
    private static final int MAX_YEARS_FOR_MONTHS = 3;

    private PublicationHistogram() {}

    static DateHistogram count(IndexSearcher searcher, Query matches, SearchRequest request) throws IOException {
        return histogram(
                PublicationDays.count(
                        searcher, bounded(matches, request), request.histogramFrom(), request.histogramTo()),
                request);
    }

    /** The histogram of matches a search already collected, within the request's bounds. */
    static DateHistogram count(IndexReader reader, FacetsCollector matches, SearchRequest request) throws IOException {
        return histogram(
                PublicationDays.count(reader, matches, request.histogramFrom(), request.histogramTo()), request);
    }

    private static DateHistogram histogram(PublicationDays days, SearchRequest request) {
        LocalDate first = request.histogramFrom() != null ? request.histogramFrom() : days.first();
        LocalDate last = request.histogramTo() != null ? request.histogramTo() : days.last();
        HistogramUnit unit = request.histogramUnit() != null ? request.histogramUnit() : automaticUnit(first, last);
        if (first == null || last == null) {
            return new DateHistogram(unit.label(), List.of());
        }
        TreeMap<LocalDate, Long> buckets = new TreeMap<>();
        days.forEach((day, count) -> buckets.merge(start(day, unit), count, Long::sum));
        return new DateHistogram(
                unit.label(),
                filled(buckets, start(first, unit), start(last, unit), unit, request.histogramUnit() != null));
    }

    private static HistogramUnit automaticUnit(LocalDate first, LocalDate last) {
        return first != null && last != null && last.getYear() - first.getYear() + 1 > MAX_YEARS_FOR_MONTHS
                ? HistogramUnit.YEAR
                : HistogramUnit.MONTH;
    }

    private static Query bounded(Query matches, SearchRequest request) {
        if (request.histogramFrom() == null && request.histogramTo() == null) {
            return matches;
        }
        return new BooleanQuery.Builder()
                .add(matches, Occur.MUST)
                .add(FilterQueryBuilder.publishedBetween(request.histogramFrom(), request.histogramTo()), Occur.FILTER)
                .build();
    }

    /** @param chosen whether the request chose the unit, so that too many bars is its mistake to hear about */
    private static List<FacetValue> filled(
            TreeMap<LocalDate, Long> buckets, LocalDate first, LocalDate last, HistogramUnit unit, boolean chosen) {
        long periods = periodsBetween(first, last, unit) + 1;
        if (periods > MAX_BUCKETS && !chosen) {
            // A stray date centuries off (a misread year) must not cost the default timeline its bars.
            return buckets.entrySet().stream()
                    .map(bucket -> new FacetValue(label(bucket.getKey(), unit), bucket.getValue()))
                    .toList();
        }
        if (periods > MAX_BUCKETS) {
            throw new InvalidSearchException(
                    "histogramUnit",
                    "the publication histogram would have " + periods + " " + unit.label() + "s; at most "
                            + MAX_BUCKETS + " are shown: choose a coarser histogramUnit or narrow histogramFrom/"
                            + "histogramTo");
        }
        List<FacetValue> values = new ArrayList<>((int) periods);
        for (LocalDate period = first; !period.isAfter(last); period = next(period, unit)) {
            values.add(new FacetValue(label(period, unit), buckets.getOrDefault(period, 0L)));
        }
        return values;
    }

    private static LocalDate start(LocalDate day, HistogramUnit unit) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate period, HistogramUnit unit) {
        return switch (unit) {
            case DAY -> period.plusDays(1);
            case WEEK -> period.plusWeeks(1);
            case MONTH -> period.plusMonths(1);
            case YEAR -> period.plusYears(1);
        };
    }

    private static long periodsBetween(LocalDate first, LocalDate last, HistogramUnit unit) {
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS.between(first, last);
            case WEEK -> ChronoUnit.WEEKS.between(first, last);
            case MONTH -> ChronoUnit.MONTHS.between(first, last);
            case YEAR -> ChronoUnit.YEARS.between(first, last);
        };
    }

    /** Days and weeks by their first day ("2025-03-10"), months as "2025-03", years as "2025". */
    private static String label(LocalDate period, HistogramUnit unit) {
        return switch (unit) {
            case DAY, WEEK -> period.toString();
            case MONTH -> period.toString().substring(0, 7);
            case YEAR -> Integer.toString(period.getYear());
        };
    }
}
