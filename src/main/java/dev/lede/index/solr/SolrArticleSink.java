package dev.lede.index.solr;

import dev.lede.index.ArticleSink;
import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes articles into a SolrCloud collection in batches. Solr's id is the update key, so writing an article again
 * replaces it, and several indexers may write into one collection at once. Nothing is visible to searches until
 * {@link #commit}, which the ingest pipeline calls on the same policy as for Lucene.
 */
public final class SolrArticleSink implements ArticleSink {

    public static final int DEFAULT_BATCH = 200;

    private final SolrConnection connection;
    private final int batchSize;
    private final List<SolrInputDocument> pending = new ArrayList<>();

    public SolrArticleSink(SolrConnection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    public SolrArticleSink(SolrConnection connection) {
        this(connection, DEFAULT_BATCH);
    }

    @Override
    public void write(EnrichedArticle article) throws IOException {
        write(article, Provenance.NONE);
    }

    @Override
    public void write(EnrichedArticle article, Provenance provenance) throws IOException {
        List<SolrInputDocument> full = null;
        synchronized (pending) {
            pending.add(SolrDocuments.toSolr(article, provenance));
            if (pending.size() >= batchSize) {
                full = takePending();
            }
        }
        send(full);
    }

    /** Read in real time, so that an article sent but not yet committed counts as written. */
    @Override
    public Optional<String> contentHash(String id) throws IOException {
        try {
            var fields = new ModifiableSolrParams().set("fl", Schema.CONTENT_HASH);
            SolrDocument doc = connection.client().getById(connection.collection(), id, fields);
            Object hash = doc == null ? null : doc.getFirstValue(Schema.CONTENT_HASH);
            return Optional.ofNullable(hash).map(Object::toString);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading article " + id + " from " + connection.collection(), e);
        }
    }

    @Override
    public void commit() throws IOException {
        List<SolrInputDocument> rest;
        synchronized (pending) {
            rest = takePending();
        }
        send(rest);
        try {
            connection.client().commit(connection.collection());
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("committing " + connection.collection(), e);
        }
    }

    /** Sends what is pending and commits; the connection stays open for its owner to close. */
    @Override
    public void close() throws IOException {
        commit();
    }

    private List<SolrInputDocument> takePending() {
        List<SolrInputDocument> taken = new ArrayList<>(pending);
        pending.clear();
        return taken;
    }

    private void send(List<SolrInputDocument> docs) throws IOException {
        if (docs == null || docs.isEmpty()) {
            return;
        }
        try {
            connection.client().add(connection.collection(), docs);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("adding " + docs.size() + " articles to " + connection.collection(), e);
        }
    }
}
