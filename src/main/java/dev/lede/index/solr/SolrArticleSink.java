package dev.lede.index.solr;

import dev.lede.index.ArticleSink;
import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes articles into a SolrCloud collection in batches. Solr's id is the update key, so writing an article again
 * replaces it, and several indexers may write into one collection at once. Nothing is visible to searches until
 * {@link #commit}, which the ingest pipeline calls on the same policy as for Lucene. Removals (by id, every article, or
 * by source file) are sent after what is pending, so that they apply in the order they were asked for.
 */
public final class SolrArticleSink implements ArticleSink {

    public static final int DEFAULT_BATCH = 200;

    private final SolrConnection connection;
    private final int batchSize;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    /** Whether anything was sent since the last commit, so that closing after a commit costs no second one. */
    private volatile boolean uncommitted;

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
    public void delete(String id) throws IOException {
        update("removing article " + id, new UpdateRequest().deleteById(id));
    }

    @Override
    public void deleteAll() throws IOException {
        update("emptying", new UpdateRequest().deleteByQuery("*:*"));
    }

    /** Sees every article sent so far, committed or not, as Lucene's writer does: a soft commit makes them visible. */
    @Override
    public List<String> pruneSources(Predicate<String> isGone) throws IOException {
        flush();
        try {
            connection.client().commit(connection.collection(), true, true, true);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("opening a searcher on " + connection.collection(), e);
        }
        List<String> gone =
                SolrSourcePaths.list(connection).stream().filter(isGone).toList();
        for (int from = 0; from < gone.size(); from += batchSize) {
            UpdateRequest removals = new UpdateRequest();
            gone.subList(from, Math.min(gone.size(), from + batchSize))
                    .forEach(path -> removals.deleteByQuery(SolrSourcePaths.query(path)));
            update("removing the articles of " + gone.size() + " source files", removals);
        }
        return gone;
    }

    /** Sends what is pending and commits; the search side sees it when this returns. */
    @Override
    public void commit() throws IOException {
        flush();
        // Cleared before the commit: what another thread sends meanwhile marks it again for the next one.
        uncommitted = false;
        try {
            connection.client().commit(connection.collection());
        } catch (SolrServerException | RuntimeException e) {
            uncommitted = true;
            throw new SolrFailure("committing " + connection.collection(), e);
        }
    }

    /** Sends what is pending and commits it unless that was done; the connection stays open for its owner. */
    @Override
    public void close() throws IOException {
        flush();
        if (uncommitted) {
            commit();
        }
    }

    private void flush() throws IOException {
        List<SolrInputDocument> rest;
        synchronized (pending) {
            rest = takePending();
        }
        send(rest);
    }

    private void update(String what, UpdateRequest request) throws IOException {
        flush();
        try {
            request.process(connection.client(), connection.collection());
            uncommitted = true;
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure(what + " in " + connection.collection(), e);
        }
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
            uncommitted = true;
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("adding " + docs.size() + " articles to " + connection.collection(), e);
        }
    }
}
