package dev.lede.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The newest committed snapshot of an index, read without ever taking its write lock. Until the first commit lands
 * (an indexer still on its first run, or a folder nothing was written to yet) the index reads as empty.
 */
final class IndexSnapshots implements Closeable {

    private final Directory directory;
    private final IndexSearcher empty = new IndexSearcher(new MultiReader());
    private volatile SearcherManager searchers;
    private volatile Instant refreshedAt = Instant.now();

    IndexSnapshots(Directory directory) throws IOException {
        this.directory = directory;
        manager();
    }

    /** The newest snapshot, refreshed if something was committed since; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        SearcherManager manager = manager();
        if (manager == null) {
            return empty;
        }
        manager.maybeRefresh();
        return manager.acquire();
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
            SearcherManager manager = new SearcherManager(directory, null);
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
        if (searchers != null) {
            searchers.close();
        }
    }
}
