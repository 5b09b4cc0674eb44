package dev.lede.search.lucene;

import dev.lede.search.BackgroundRefresh;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The newest committed snapshot of an index, read without ever taking its write lock. Until the first commit lands
 * (an indexer still on its first run, or a folder nothing was written to yet) the index reads as empty.
 *
 * <p>A new snapshot is opened and its per-snapshot state built ({@link Preparer}) before any search can see it; while
 * that runs, searches keep the snapshot they had. By default the first search after a commit opens the new snapshot
 * itself (others meanwhile get the old one); after {@link #refreshInBackground} only a background thread does.
 */
final class IndexSnapshots implements Closeable {

    private static final System.Logger LOG = System.getLogger(IndexSnapshots.class.getName());

    /**
     * The query cache every search uses: Lucene's default (filters seen often, on segments of 10,000 articles or
     * more), chosen by measurement: none, it and a ten times larger one were level on the Reuters and 100k mixes
     * (BENCHMARKS.md, "Query cache and merge policy"), and real readers repeat filters more than the mix does.
     */
    static final QueryCache QUERY_CACHE = IndexSearcher.getDefaultQueryCache();

    /** Builds what searches need of a snapshot, before the snapshot is handed to any of them. */
    @FunctionalInterface
    interface Preparer {
        void prepare(IndexReader reader) throws IOException;
    }

    private final Directory directory;
    private final Preparer preparer;
    private final IndexSearcher empty = new IndexSearcher(new MultiReader());
    private volatile SearcherManager searchers;
    private volatile Instant refreshedAt = Instant.now();

    /**
     * The commit the newest prepared snapshot reads. Whether a newer one exists is told by the folder's file names;
     * asking the snapshot itself ({@code maybeRefresh}) reads and checks the newest commit file on every search, which
     * doubled the time of a short one (BENCHMARKS.md, "Where the HTTP path's time goes").
     */
    private volatile long openedGeneration = -1;

    private volatile BackgroundRefresh background;
    private volatile boolean closing;

    IndexSnapshots(Directory directory, Preparer preparer) throws IOException {
        this.directory = directory;
        this.preparer = preparer;
        manager();
    }

    /** The newest prepared snapshot; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        SearcherManager manager = manager();
        if (manager == null) {
            return empty;
        }
        if (background == null && SegmentInfos.getLastCommitGeneration(directory) != openedGeneration) {
            // Never waits for another thread's refresh: while one runs, this search gets the snapshot it replaces.
            manager.maybeRefresh();
        }
        return manager.acquire();
    }

    /**
     * From now on, a daemon thread looks for new commits every {@code interval} and prepares them, so that no search
     * ever opens a snapshot: a commit shows once its snapshot is ready.
     */
    synchronized void refreshInBackground(Duration interval) {
        if (background != null) {
            return;
        }
        background = BackgroundRefresh.every(interval, "lede-snapshot-refresh", this::refreshQuietly);
    }

    /** Opens the newest commit now, waiting for a refresh already under way; the next search reads it. */
    void refreshNow() throws IOException {
        SearcherManager manager = manager();
        if (manager != null) {
            manager.maybeRefreshBlocking();
        }
    }

    private void refreshQuietly() {
        try {
            SearcherManager manager = manager();
            if (manager != null) {
                manager.maybeRefreshBlocking();
            }
        } catch (IOException | RuntimeException e) {
            if (closing) {
                return; // interrupted by close(): nothing went wrong
            }
            // Searches go on with the snapshot they have; the next round tries again.
            LOG.log(System.Logger.Level.WARNING, "could not open the newest index snapshot: " + e.getMessage());
        }
    }

    /** When the snapshot last changed: opened, or refreshed to a newer commit. */
    Instant refreshedAt() {
        return refreshedAt;
    }

    void release(IndexSearcher searcher) throws IOException {
        if (searcher != empty) {
            manager().release(searcher);
        }
    }

    private SearcherManager manager() throws IOException {
        SearcherManager current = searchers;
        return current != null ? current : firstCommit();
    }

    /** The manager once the first commit exists; until then {@code null}, checked again on the next request. */
    private synchronized SearcherManager firstCommit() throws IOException {
        if (searchers == null && DirectoryReader.indexExists(directory)) {
            SearcherManager manager = new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                    preparer.prepare(reader);
                    openedGeneration =
                            ((DirectoryReader) reader).getIndexCommit().getGeneration();
                    IndexSearcher searcher = super.newSearcher(reader, previousReader);
                    searcher.setQueryCache(QUERY_CACHE);
                    return searcher;
                }
            });
            manager.addListener(new ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() {}

                @Override
                public void afterRefresh(boolean didRefresh) {
                    if (didRefresh) {
                        refreshedAt = Instant.now();
                    }
                }
            });
            refreshedAt = Instant.now();
            searchers = manager;
        }
        return searchers;
    }

    @Override
    public synchronized void close() throws IOException {
        closing = true;
        if (background != null) {
            background.close();
        }
        if (searchers != null) {
            searchers.close();
        }
    }
}
