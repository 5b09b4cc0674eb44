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
 * Every match of a search, in its order, in constant memory: batches of hits, each continuing after the last with
 * search-after, all on one snapshot of the index so that a commit meanwhile neither skips nor repeats. The first batch
 * is small so that the first rows leave at once; each next one is twice as large, up to {@value #LARGEST_BATCH}, since
 * every batch walks all the matches again (BENCHMARKS.md, "Fifty-seventh session: exports").
 */
final class ArticleExport {

    static final int FIRST_BATCH = 500;

    static final int LARGEST_BATCH = 32_000;

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
                for (int size = FIRST_BATCH; ; size = Math.min(2 * size, LARGEST_BATCH)) {
                    TopFieldDocs batch = batch(searcher, query, sort, after, size);
                    for (ScoreDoc hit : batch.scoreDocs) {
                        visitor.article(search.view(searcher, hit.doc, aliases));
                        visited++;
                    }
                    if (batch.scoreDocs.length < size) {
                        return visited;
                    }
                    after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
                }
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        }
    }

    private static TopFieldDocs batch(IndexSearcher searcher, Query query, Sort sort, FieldDoc after, int size)
            throws IOException {
        // No exact total is needed per batch (begin had it), so Lucene may skip hits that cannot make the batch.
        return searcher.search(query, new TopFieldCollectorManager(sort, size, after, size));
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
