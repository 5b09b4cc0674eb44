package dev.lede.search.lucene;

import dev.lede.model.DateHistogram;
import dev.lede.model.SearchRequest;
import dev.lede.search.HistogramPeriods;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
        HistogramPeriods periods = HistogramPeriods.of(request, days.first(), days.last());
        Map<LocalDate, Long> buckets = new HashMap<>();
        days.forEach((day, count) -> buckets.merge(periods.start(day), count, Long::sum));
        return periods.histogram(buckets);
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
}
