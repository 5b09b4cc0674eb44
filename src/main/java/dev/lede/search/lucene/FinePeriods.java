package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.DateHistogram;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Week or day bars for a timeline when its chosen date range is short, so that zooming in goes on past the month: a
 * range of a few months shows weeks (each labelled by its Monday), a week or two shows days. Publication counts come
 * from the publication time's doc values, in UTC days like the from/to filter; mentioned-date counts use the
 * mentioned-date filter itself, one count per bar, so a bar counts what clicking it finds.
 */
final class FinePeriods {

    static final int MAX_DAYS_BY_DAY = 14;
    static final int MAX_DAYS_BY_WEEK = 120;

    private FinePeriods() {}

    /** The bars of a range: their granularity and the first day of each, the last bar ending after the range. */
    private record Bars(String granularity, List<LocalDate> starts, int days) {
        LocalDate end(int bar) {
            return starts.get(bar).plusDays(days - 1L);
        }
    }

    /** The histogram of {@code query}'s matches by publication day or week; empty when the range is open or long. */
    static Optional<DateHistogram> published(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        Optional<Bars> bars = bars(request.from(), request.to());
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        LongRange[] ranges = new LongRange[bars.get().starts().size()];
        for (int i = 0; i < ranges.length; i++) {
            LocalDate start = bars.get().starts().get(i);
            ranges[i] = new LongRange(
                    start.toString(),
                    millis(start),
                    true,
                    millis(bars.get().end(i).plusDays(1)),
                    false);
        }
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        FacetResult counts =
                new LongRangeFacetCounts(Schema.PUBLISHED, collected, ranges).getAllChildren(Schema.PUBLISHED);
        List<FacetValue> buckets = new ArrayList<>();
        for (LabelAndValue bucket : counts.labelValues) {
            buckets.add(new FacetValue(bucket.label, bucket.value.longValue()));
        }
        return Optional.of(new DateHistogram(bars.get().granularity(), buckets));
    }

    /** The histogram of {@code query}'s matches by the days or weeks they mention; empty for an open or long range. */
    static Optional<DateHistogram> mentioned(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        Optional<Bars> bars = bars(request.mentionedFrom(), request.mentionedTo());
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        List<FacetValue> buckets = new ArrayList<>();
        for (int i = 0; i < bars.get().starts().size(); i++) {
            LocalDate start = bars.get().starts().get(i);
            Query inBar = new BooleanQuery.Builder()
                    .add(query, Occur.FILTER)
                    .add(
                            FilterQueryBuilder.mentionsDateBetween(
                                    start, bars.get().end(i)),
                            Occur.FILTER)
                    .build();
            buckets.add(new FacetValue(start.toString(), searcher.count(inBar)));
        }
        return Optional.of(new DateHistogram(bars.get().granularity(), buckets));
    }

    private static Optional<Bars> bars(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS_BY_WEEK) {
            return Optional.empty();
        }
        boolean byDay = days <= MAX_DAYS_BY_DAY;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = byDay ? from : from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !start.isAfter(to);
                start = start.plusDays(byDay ? 1 : 7)) {
            starts.add(start);
        }
        return Optional.of(new Bars(byDay ? "day" : "week", starts, byDay ? 1 : 7));
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
