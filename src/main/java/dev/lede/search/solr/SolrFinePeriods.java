package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.model.DateHistogram;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.model.Timeline;
import dev.lede.search.FineBars;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.solr.client.solrj.request.SolrQuery;

/**
 * The {@link FineBars} of short publication and mentioned-date ranges counted in Solr: one request, one facet query
 * per bar under all the request's filters, a mentioned-date bar asking the mentioned-date filter itself so that a bar
 * counts what clicking it finds, as in the Lucene engine.
 */
final class SolrFinePeriods {

    private static final String PUBLISHED_KEY = "published";
    private static final String MENTIONED_KEY = "mentioned";

    /** Each timeline's fine bars, empty where its range is open or long. */
    record Timelines(Optional<DateHistogram> published, Optional<DateHistogram> mentioned) {}

    private SolrFinePeriods() {}

    static Timelines count(SolrArticleSearch search, SearchRequest request, EntityAliases aliases) throws IOException {
        Optional<FineBars> published = publishedBars(request);
        Optional<FineBars> mentioned = request.timelines().contains(Timeline.MENTIONED)
                ? FineBars.of(request.mentionedFrom(), request.mentionedTo())
                : Optional.empty();
        if (published.isEmpty() && mentioned.isEmpty()) {
            return new Timelines(Optional.empty(), Optional.empty());
        }
        SolrQuery query =
                SolrSearchQuery.counting(request, aliases).setHighlight(false).setFacet(true);
        published.ifPresent(bars -> addBars(query, PUBLISHED_KEY, bars, bar -> publishedIn(bars, bar)));
        mentioned.ifPresent(bars ->
                addBars(query, MENTIONED_KEY, bars, bar -> MentionedWithin.query(bars.start(bar), bars.end(bar))));
        Map<String, Integer> counts = search.query(query).getFacetQuery();
        return new Timelines(
                published.map(bars -> histogram(PUBLISHED_KEY, bars, counts)),
                mentioned.map(bars -> histogram(MENTIONED_KEY, bars, counts)));
    }

    /** As on Lucene: not when the publication histogram is counted apart. */
    private static Optional<FineBars> publishedBars(SearchRequest request) {
        return request.timelines().contains(Timeline.PUBLISHED) && !SolrPublicationHistogram.countsApart(request)
                ? FineBars.of(request.from(), request.to())
                : Optional.empty();
    }

    private static String publishedIn(FineBars bars, int bar) {
        return Schema.PUBLISHED + ":[" + SolrDocuments.day(bars.start(bar)) + " TO "
                + SolrDocuments.day(bars.end(bar).plusDays(1)) + "}";
    }

    private static void addBars(SolrQuery query, String timeline, FineBars bars, IntFunction<String> inBar) {
        for (int bar = 0; bar < bars.size(); bar++) {
            query.addFacetQuery("{!key=" + timeline + bar + "}(" + inBar.apply(bar) + ")");
        }
    }

    private static DateHistogram histogram(String timeline, FineBars bars, Map<String, Integer> counts) {
        List<FacetValue> buckets = new ArrayList<>(bars.size());
        for (int bar = 0; bar < bars.size(); bar++) {
            buckets.add(new FacetValue(bars.label(bar), counts.getOrDefault(timeline + bar, 0)));
        }
        return new DateHistogram(bars.granularity(), buckets);
    }
}
