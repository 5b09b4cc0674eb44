package dev.lede.search.solr;

import dev.lede.index.solr.SolrDocuments;
import dev.lede.model.EntityAliases;
import dev.lede.model.SearchRequest;
import dev.lede.search.MatchVisitor;
import dev.lede.search.SearchRules;
import java.io.IOException;
import java.util.Set;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Every match of a search on SolrCloud, in its order, in constant memory: batches of {@value #BATCH} following Solr's
 * cursor mark, which neither skips nor repeats a match however the shards answer.
 */
final class SolrExport {

    static final int BATCH = 500;

    private SolrExport() {}

    static long run(SolrArticleSearch search, SearchRequest request, MatchVisitor visitor) throws IOException {
        SearchRules.validate(request);
        SearchRequest whole = request.toBuilder()
                .page(1)
                .size(BATCH)
                .collapse(false)
                .counting(Set.of(), Set.of())
                .build();
        EntityAliases shown = search.aliases();
        String mark = SolrCursor.START.mark();
        long visited = 0;
        boolean begun = false;
        while (true) {
            QueryResponse batch = search.batch(whole, shown, mark, BATCH);
            if (!begun) {
                visitor.begin(batch.getResults().getNumFound());
                begun = true;
            }
            for (SolrDocument doc : batch.getResults()) {
                visitor.article(shown.shown(SolrDocuments.toView(doc)));
                visited++;
            }
            if (batch.getNextCursorMark() == null || batch.getNextCursorMark().equals(mark)) {
                return visited;
            }
            mark = batch.getNextCursorMark();
        }
    }
}
