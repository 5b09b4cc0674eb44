package dev.lede.search;

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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Week or day bars for the publication timeline when the chosen date range is short, so that zooming in goes on
 * past the month: a range of a few months shows weeks (each labelled by its Monday), a week or two shows days. The
 * counts come from the publication time's doc values, in UTC days like the from/to filter.
 */
final class FinePeriods {

    static final int MAX_DAYS_BY_DAY = 14;
    static final int MAX_DAYS_BY_WEEK = 120;

    private FinePeriods() {}

    /** The histogram of {@code query}'s matches by day or week; empty when the range is open or long. */
    static Optional<DateHistogram> published(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        LocalDate from = request.from();
        LocalDate to = request.to();
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS_BY_WEEK) {
            return Optional.empty();
        }
        boolean byDay = days <= MAX_DAYS_BY_DAY;
        List<LongRange> ranges = new ArrayList<>();
        LocalDate start = byDay ? from : from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!start.isAfter(to)) {
            LocalDate next = start.plusDays(byDay ? 1 : 7);
            ranges.add(new LongRange(start.toString(), millis(start), true, millis(next), false));
            start = next;
        }
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        FacetResult counts = new LongRangeFacetCounts(Schema.PUBLISHED, collected, ranges.toArray(LongRange[]::new))
                .getAllChildren(Schema.PUBLISHED);
        List<FacetValue> buckets = new ArrayList<>();
        for (LabelAndValue bucket : counts.labelValues) {
            buckets.add(new FacetValue(bucket.label, bucket.value.longValue()));
        }
        return Optional.of(new DateHistogram(byDay ? "day" : "week", buckets));
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
