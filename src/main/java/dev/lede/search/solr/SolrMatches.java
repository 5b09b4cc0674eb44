package dev.lede.search.solr;

import dev.lede.index.Schema;
import java.io.IOException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Every match of a Solr query in its order, a batch at a time after Solr's cursor mark, which neither skips nor
 * repeats a match however the shards answer; the walk stops early when the visitor says so.
 */
final class SolrMatches {

    interface Visitor {
        /** @return whether to go on */
        boolean visit(SolrDocument doc) throws IOException;
    }

    private SolrMatches() {}

    /**
     * Walks {@code query} (its sort must end with the id, as every sort of {@code SolrSearchQuery} does; the id alone
     * when it has none), without facets or highlighting.
     */
    static void walk(SolrArticleSearch search, SolrQuery query, int batch, Visitor visitor) throws IOException {
        if (query.getSorts().isEmpty()) {
            query.addSort(Schema.ID, SolrQuery.ORDER.asc);
        }
        query.setFacet(false).setHighlight(false).setStart(0).setRows(batch);
        String mark = SolrCursor.START.mark();
        while (true) {
            query.set("cursorMark", mark);
            QueryResponse response = search.query(query);
            for (SolrDocument doc : response.getResults()) {
                if (!visitor.visit(doc)) {
                    return;
                }
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(mark) || response.getResults().size() < batch) {
                return;
            }
            mark = next;
        }
    }
}
