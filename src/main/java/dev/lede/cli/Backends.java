package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.config.Enrichment;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrConnection;
import dev.lede.ingest.LiveIngestion;
import dev.lede.model.ArticleWrites;
import dev.lede.model.NameAliases;
import dev.lede.parse.Parsers;
import dev.lede.search.ArticleSearch;
import dev.lede.search.OpeningSearch;
import dev.lede.search.lucene.LuceneArticleSearch;
import dev.lede.search.solr.SolrArticleSearch;
import dev.lede.store.EnrichmentStore;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that picks the engine's classes: Lucene in an index folder, or a SolrCloud collection. */
final class Backends {

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    private Backends() {}

    /** The search of an index and the adds and deletes that go with it; closing closes the search. */
    record Opened(ArticleSearch search, ArticleWrites writes) implements Closeable {
        /**
         * Waits while the index opens in the background, if it does.
         *
         * @throws IOException the failure that stopped it opening
         */
        void awaitOpen() throws IOException {
            if (search instanceof OpeningSearch opening) {
                opening.awaitOpen();
            }
        }

        @Override
        public void close() throws IOException {
            search.close();
        }
    }

    static SolrConnection connect(BackendSettings backend) {
        backend.requireSolrAddress();
        return SolrConnection.open(backend.zkHost(), backend.solrUrls(), backend.collection());
    }

    /**
     * What the server uses: searches within the time limit, refreshed in the background, and live writes. A Lucene
     * index opens in the background (see {@link Opened#awaitOpen}), so that the server can set itself up meanwhile.
     */
    static Opened openServed(LedeConfig config, BackendSettings backend) throws IOException {
        return openServed(config, backend, config.nlp());
    }

    /**
     * @param askedNlp the NLP live writes run, or {@code null} for {@code $LEDE_NLP}, else the NLP the index was built
     *     with
     */
    static Opened openServed(LedeConfig config, BackendSettings backend, NlpMode askedNlp) throws IOException {
        NameAliases.loadInBackground();
        Duration limit = config.defences().searchTimeLimit();
        if (backend.isSolrCloud()) {
            return openSolr(config, backend, limit, ServeCommand.SNAPSHOT_REFRESH, askedNlp);
        }
        OpeningSearch search = OpeningSearch.start(() -> LuceneArticleSearch.open(config.indexDir())
                .limitTimeTo(limit)
                .refreshInBackground(ServeCommand.SNAPSHOT_REFRESH));
        return new Opened(search, luceneWrites(config, search, askedNlp));
    }

    /** What a one-off command such as {@code lede search} or {@code lede delete} uses: no time limit. */
    static Opened openForCommand(LedeConfig config, BackendSettings backend) throws IOException {
        if (backend.isSolrCloud()) {
            return openSolr(config, backend, null, null, config.nlp());
        }
        LuceneArticleSearch search = LuceneArticleSearch.open(config.indexDir());
        return new Opened(search, luceneWrites(config, search, config.nlp()));
    }

    /** The search alone, for commands that only read. */
    static ArticleSearch openSearch(LedeConfig config, BackendSettings backend) throws IOException {
        return openForCommand(config, backend).search();
    }

    /**
     * Live adds and deletes into the Lucene index, enriched as {@link #liveExtractor} says (models load on the first
     * add).
     */
    static LiveIngestion luceneWrites(LedeConfig config, ArticleSearch search, NlpMode askedNlp) {
        return new LiveIngestion(
                        config.indexDir(),
                        Parsers.standard(),
                        () -> liveExtractor(config, askedNlp),
                        id -> search.article(id).isPresent())
                .showingEachCommitBy(search::showLatestCommit);
    }

    /**
     * Search and writes share one connection; each write request is sent and committed (a hard commit that opens a
     * new searcher) before it is answered, so it is searchable at the next search, as on Lucene. The side files
     * (curation, saved searches, annotations) live in the index folder. With a {@code refresh} interval, commits made
     * elsewhere are followed in the background (see {@link SolrArticleSearch#refreshInBackground}).
     */
    private static Opened openSolr(
            LedeConfig config, BackendSettings backend, Duration limit, Duration refresh, NlpMode askedNlp)
            throws IOException {
        SolrConnection solr = connect(backend);
        try {
            SolrArticleSearch search =
                    SolrArticleSearch.open(solr, config.indexDir()).limitTimeTo(limit);
            if (refresh != null) {
                search.refreshInBackground(refresh);
            }
            ArticleWrites writes = new LiveIngestion(
                            () -> new SolrArticleSink(solr),
                            Parsers.standard(),
                            () -> liveExtractor(config, askedNlp),
                            id -> search.article(id).isPresent())
                    .showingEachCommitBy(search::showLatestCommit);
            return new Opened(search, writes);
        } catch (IOException | RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    /**
     * Live writes enrich as {@code lede index} last enriched the index, unless the server is told otherwise (see
     * {@link Enrichment#forLiveWrites}).
     */
    private static Extractor liveExtractor(LedeConfig config, NlpMode askedNlp) {
        Enrichment live = liveEnrichment(config, askedNlp);
        LOG.info("Live writes are enriched with {}", live.describe());
        return Extractors.forMode(live.nlp(), live.entities(), live.homeCountry());
    }

    /** How live writes enrich right now: as {@code lede index} last enriched the index, unless told otherwise. */
    static Enrichment liveEnrichment(LedeConfig config, NlpMode askedNlp) {
        return Enrichment.forLiveWrites(askedNlp, System.getenv(), new EnrichmentStore(config.indexDir()).read());
    }
}
