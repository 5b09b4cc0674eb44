package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.model.DateHistogram;
import dev.lede.model.EntityAliases;
import dev.lede.model.SearchRequest;
import dev.lede.search.HistogramPeriods;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.RangeFacet;

/**
 * The publication histogram with the bounds and unit a request chooses ({@link HistogramPeriods}): when a bound is
 * open, the matches' first and last publication day ({@link PublishedSpan}); then one range facet over the publication
 * time, one bucket per period, counting only the matches within the bounds. With multi-select the from/to filter
 * does not narrow it, as in the Lucene engine.
 */
final class SolrPublicationHistogram {

    private SolrPublicationHistogram() {}

    /**
     * Whether the request's publication histogram is counted here rather than from the search's own facets: when it
     * chose the histogram's bounds or unit, or when multi-select keeps from/to out of it (as Lucene does).
     */
    static boolean countsApart(SearchRequest request) {
        return request.hasHistogramOptions()
                || (request.multiSelect() && (request.from() != null || request.to() != null));
    }

    static DateHistogram count(SolrArticleSearch search, SearchRequest request, EntityAliases aliases)
            throws IOException {
        LocalDate first = request.histogramFrom();
        LocalDate last = request.histogramTo();
        if (first == null || last == null) {
            PublishedSpan span = PublishedSpan.of(search.query(PublishedSpan.askedBy(matches(request, aliases))));
            first = first != null ? first : span.firstDay();
            last = last != null ? last : span.lastDay();
        }
        HistogramPeriods periods = HistogramPeriods.of(request, first, last);
        if (periods.isEmpty()) {
            return periods.histogram(Map.of());
        }
        Map<LocalDate, Long> counts = new HashMap<>();
        for (RangeFacet<?, ?> range :
                search.query(byPeriod(request, aliases, periods)).getFacetRanges()) {
            for (RangeFacet.Count count : range.getCounts()) {
                // Empty periods are left out, as the histogram leaves them when it shows only the counted ones.
                if (count.getCount() == 0) {
                    continue;
                }
                counts.put(
                        LocalDate.ofInstant(Instant.parse(count.getValue()), ZoneOffset.UTC), (long) count.getCount());
            }
        }
        return periods.histogram(counts);
    }

    private static SolrQuery byPeriod(SearchRequest request, EntityAliases aliases, HistogramPeriods periods) {
        SolrQuery query = matches(request, aliases);
        query.addFilterQuery(Schema.PUBLISHED + ":[" + SolrDocuments.day(periods.first()) + " TO "
                + SolrDocuments.day(periods.last().plusDays(1)) + "}");
        String perField = "f." + Schema.PUBLISHED + ".facet.";
        query.setFacet(true);
        query.add("facet.range", Schema.PUBLISHED);
        query.set(perField + "range.start", SolrDocuments.day(periods.start(periods.first())));
        query.set(perField + "range.end", SolrDocuments.day(periods.next(periods.start(periods.last()))));
        query.set(perField + "range.gap", gap(periods));
        return query;
    }

    /** The request's matches, no hits; with multi-select, the from/to filter does not narrow them. */
    private static SolrQuery matches(SearchRequest request, EntityAliases aliases) {
        SearchRequest counted = request.multiSelect()
                ? request.toBuilder().published(null, null).build()
                : request;
        return SolrSearchQuery.counting(counted, aliases).setFacet(false).setHighlight(false);
    }

    private static String gap(HistogramPeriods periods) {
        return switch (periods.unit()) {
            case DAY -> "+1DAY";
            case WEEK -> "+7DAYS";
            case MONTH -> "+1MONTH";
            case YEAR -> "+1YEAR";
        };
    }
}
