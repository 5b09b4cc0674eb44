package dev.lede.search.lucene;

import dev.lede.model.SearchRequest;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.MatchVisitor;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Every match of a search, in its order, in constant memory: batches of {@value #BATCH} hits, each continuing after
 * the last with search-after, all on one snapshot of the index so that a commit meanwhile neither skips nor repeats.
 */
final class ArticleExport {

    static final int BATCH = 500;

    private ArticleExport() {}

    /** @return how many articles {@code visitor} received */
    static long run(LuceneArticleSearch search, SearchRequest request, Set<String> onlyIds, MatchVisitor visitor)
            throws IOException {
        SearchRequest whole = wholeResult(request);
        try {
            return search.onSnapshot((searcher, aliases) -> {
                Query query = IdRestriction.apply(search.matching(whole, aliases), onlyIds);
                Sort sort = SearchSort.sortFor(whole);
                visitor.begin(searcher.count(query));
                long visited = 0;
                FieldDoc after = null;
                while (true) {
                    TopFieldDocs batch = batch(searcher, query, sort, after);
                    for (ScoreDoc hit : batch.scoreDocs) {
                        visitor.article(search.view(searcher, hit.doc, aliases));
                        visited++;
                    }
                    if (batch.scoreDocs.length < BATCH) {
                        return visited;
                    }
                    after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
                }
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        }
    }

    private static TopFieldDocs batch(IndexSearcher searcher, Query query, Sort sort, FieldDoc after)
            throws IOException {
        // No exact total is needed per batch (begin had it), so Lucene may skip hits that cannot make the batch.
        return searcher.search(query, new TopFieldCollectorManager(sort, BATCH, after, BATCH));
    }

    /** An export ignores paging and facet options: a URL copied from a results page exports all its matches. */
    private static SearchRequest wholeResult(SearchRequest request) {
        return request.toBuilder()
                .page(1)
                .size(SearchRequest.DEFAULT_SIZE)
                .facetLimit(SearchRequest.DEFAULT_FACET_LIMIT)
                .collapse(false)
                .build();
    }
}
