package dev.lede.search;

import dev.lede.model.ArticleView;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers searches over indexed articles. The web layer and the CLI talk only to this interface, so another engine
 * (SolrCloud) can stand behind the same API. Implementations are safe for concurrent use and show newly committed
 * articles without a restart.
 */
public interface ArticleSearch extends Closeable {

    /**
     * Runs a faceted search.
     *
     * @throws InvalidSearchException when the request cannot be answered as asked (names the parameter)
     */
    SearchPage search(SearchRequest request) throws IOException;

    Optional<ArticleView> article(String id) throws IOException;

    /** The corrections to entity values that this search applies: merges, renames, splits, blocks. */
    CurationStore curation();

    /** Number of articles in the index. */
    long articleCount() throws IOException;
}
