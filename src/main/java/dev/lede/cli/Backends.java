package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.config.LedeConfig;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.ArticleWrites;
import dev.lede.search.ArticleSearch;
import dev.lede.search.UnsupportedSearchException;
import dev.lede.search.lucene.LuceneArticleSearch;
import dev.lede.search.solr.SolrArticleSearch;
import java.io.IOException;
import java.util.List;

/** The one place that picks the engine's classes: Lucene in an index folder, or a SolrCloud collection. */
final class Backends {

    private Backends() {}

    static SolrConnection connect(BackendSettings backend) {
        backend.requireSolrAddress();
        return SolrConnection.open(backend.zkHost(), backend.solrUrls(), backend.collection());
    }

    /** The search the server uses; with SolrCloud, the side files live in the index folder. */
    static ArticleSearch openSearch(LedeConfig config, BackendSettings backend) throws IOException {
        if (backend.isSolrCloud()) {
            return openForCommand(config, backend);
        }
        return LuceneArticleSearch.open(config.indexDir())
                .limitTimeTo(config.defences().searchTimeLimit())
                .refreshInBackground(ServeCommand.SNAPSHOT_REFRESH);
    }

    /** The search a one-off command such as {@code lede search} uses: no time limit, no refresh in the background. */
    static ArticleSearch openForCommand(LedeConfig config, BackendSettings backend) throws IOException {
        if (backend.isSolrCloud()) {
            return SolrArticleSearch.open(connect(backend), config.indexDir());
        }
        return LuceneArticleSearch.open(config.indexDir());
    }

    /** Live adds and deletes through the server: built for the Lucene index so far. */
    static ArticleWrites liveWrites(LedeConfig config, BackendSettings backend, ArticleSearch search) {
        if (backend.isSolrCloud()) {
            return new ArticleWrites() {
                @Override
                public Added add(String location, byte[] content) {
                    throw new UnsupportedSearchException("adding articles through the server", "SolrCloud");
                }

                @Override
                public Deleted delete(List<String> ids) {
                    throw new UnsupportedSearchException("deleting articles", "SolrCloud");
                }
            };
        }
        return ServeCommand.liveWrites(config, search);
    }
}
