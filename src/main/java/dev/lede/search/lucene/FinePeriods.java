package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.DateHistogram;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.FineBars;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The {@link FineBars} of a short date range counted in Lucene. Publication counts come
 * from the publication time's doc values, in UTC days like the from/to filter; mentioned-date counts use the
 * mentioned-date filter itself, one count per bar, so a bar counts what clicking it finds.
 */
final class FinePeriods {

    private FinePeriods() {}

    /** The histogram of {@code query}'s matches by publication day or week; empty when the range is open or long. */
    static Optional<DateHistogram> published(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        Optional<FineBars> bars = FineBars.of(request.from(), request.to());
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        LongRange[] ranges = new LongRange[bars.get().size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = new LongRange(
                    bars.get().label(i),
                    millis(bars.get().start(i)),
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
        Optional<FineBars> bars = FineBars.of(request.mentionedFrom(), request.mentionedTo());
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        List<FacetValue> buckets = new ArrayList<>();
        for (int i = 0; i < bars.get().size(); i++) {
            Query inBar = new BooleanQuery.Builder()
                    .add(query, Occur.FILTER)
                    .add(
                            FilterQueryBuilder.mentionsDateBetween(
                                    bars.get().start(i), bars.get().end(i)),
                            Occur.FILTER)
                    .build();
            buckets.add(new FacetValue(bars.get().label(i), searcher.count(inBar)));
        }
        return Optional.of(new DateHistogram(bars.get().granularity(), buckets));
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
