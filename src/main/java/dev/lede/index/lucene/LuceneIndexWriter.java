package dev.lede.index.lucene;

import dev.lede.index.ArticleSink;
import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles into a Lucene index on disk. One writer per index directory at a time: Lucene's write lock, a
 * {@code NativeFSLockFactory} OS-level lock on {@code write.lock}, which the operating system releases when its
 * process dies. So the {@code write.lock} file (Lucene leaves it in place even after a clean close) holds nothing
 * once its writer is gone and is simply taken over, while a live writer makes {@link #open} fail with an
 * {@link IndexLockedException}. Whether the previous writer finished or was killed, each commit's user data says
 * ({@link Schema#COMMIT_RUN}; see {@link #interruptedRun()}).
 */
public final class LuceneIndexWriter implements ArticleSink {

    private static final String RUN_RUNNING = "running";
    private static final String RUN_FINISHED = "finished";
    private static final Set<String> HASH_ONLY = Set.of(Schema.CONTENT_HASH);

    private final Directory directory;
    private final IndexWriter writer;
    private final Optional<Instant> interruptedRun;
    private final DocumentMapper mapper = new DocumentMapper(Schema.facetsConfig());
    private final NewIds newIds = new NewIds();
    private DirectoryReader before;

    private LuceneIndexWriter(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.interruptedRun = interruptedRun(writer);
    }

    /**
     * Opens the index at {@code path}, creating it (and its folders) when missing.
     *
     * @throws IndexLockedException when another live writer holds the index
     */
    public static LuceneIndexWriter open(Path path) throws IOException {
        Directory directory;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (FileSystemException unusable) {
            throw new IndexProblems.UnusableIndexFolderException(path, unusable);
        }
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            return new LuceneIndexWriter(directory, new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(path, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * When the index was last written by a writer that did not close, i.e. a killed run: the time of its last commit,
     * which is all it kept. Empty for a new index or one whose last writer closed.
     */
    public Optional<Instant> interruptedRun() {
        return interruptedRun;
    }

    @Override
    public void write(EnrichedArticle article) throws IOException {
        write(article, Provenance.NONE);
    }

    @Override
    public void write(EnrichedArticle article, Provenance provenance) throws IOException {
        String id = article.article().id();
        Document document = mapper.toDocument(article, provenance);
        synchronized (newIds.lockFor(id)) {
            if (newIds.firstWriteOfNewId(id)) {
                writer.addDocument(document);
            } else {
                writer.updateDocument(idTerm(id), document);
            }
        }
    }

    /**
     * The content hash stored with the article, as the index was when this method was first called (before this run
     * wrote anything), so that a rerun skips what an earlier or killed run already committed.
     */
    @Override
    public Optional<String> contentHash(String id) throws IOException {
        BytesRef key = new BytesRef(id);
        for (LeafReaderContext leaf : indexBefore().leaves()) {
            LeafReader reader = leaf.reader();
            int doc = liveDoc(reader, key);
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                return Optional.ofNullable(
                        reader.storedFields().document(doc, HASH_ONLY).get(Schema.CONTENT_HASH));
            }
        }
        newIds.absentBefore(id);
        return Optional.empty();
    }

    /** Removes the article with this id; the removal becomes visible at the next {@link #commit()}. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(idTerm(id));
    }

    /**
     * Removes every article whose stored source path {@code isGone}; visible at the next {@link #commit()}.
     *
     * @return the source paths removed
     */
    public List<String> pruneSources(Predicate<String> isGone) throws IOException {
        List<String> removed = new ArrayList<>();
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(current, Schema.SOURCE_PATH);
            if (terms == null) {
                return removed;
            }
            TermsEnum paths = terms.iterator();
            for (BytesRef path = paths.next(); path != null; path = paths.next()) {
                String sourcePath = path.utf8ToString();
                if (isGone.test(sourcePath)) {
                    removed.add(sourcePath);
                }
            }
        }
        for (String sourcePath : removed) {
            writer.deleteDocuments(new Term(Schema.SOURCE_PATH, sourcePath));
        }
        return removed;
    }

    @Override
    public synchronized void commit() throws IOException {
        flushSideBySide();
        setCommitData(RUN_RUNNING);
        writer.commit();
    }

    /**
     * Merges the index into at most {@code maxSegments} segments, committed at {@link #close()}: fewer segments search
     * faster, but this rewrites the whole index (at 1M articles a tenth of indexing them with {@code --nlp off}, and
     * up to its size again on disk while it runs), so it is for an archive that is then mostly read.
     *
     * @return how many segments the index has now
     */
    public int mergeTo(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
        try (DirectoryReader merged = DirectoryReader.open(writer)) {
            return merged.leaves().size();
        }
    }

    /** Removes every article; the removal becomes visible at the next {@link #commit()}. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits what is pending, marked as the end of a run, and closes. */
    @Override
    public void close() throws IOException {
        try (directory;
                DirectoryReader ignored = before) {
            setCommitData(RUN_FINISHED);
            writer.close();
        }
    }

    /**
     * Writes the in-memory segments (one per thread that indexed) to disk on one thread per core. A commit flushes them
     * itself, but one after another on the committing thread: at the end of a run, with no writes left to share the
     * cores, that left all but one idle for the last flush (BENCHMARKS.md, "{@code off} against a loop indexing the
     * same document").
     */
    private void flushSideBySide() throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads < 2 || writer.numRamDocs() == 0) {
            return;
        }
        List<Callable<Void>> flushers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushers.add(() -> {
                while (writer.flushNextBuffer()) {
                    // each call flushes the largest segment no other thread is flushing, until none is left
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("flush-", 0).factory())) {
            for (Future<Void> flusher : pool.invokeAll(flushers)) {
                flusher.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while flushing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("flushing the index failed", e.getCause());
        }
    }

    private void setCommitData(String run) {
        writer.setLiveCommitData(Map.of(
                        Schema.COMMIT_SCHEMA_VERSION,
                        Schema.VERSION,
                        Schema.COMMIT_TIME,
                        Long.toString(System.currentTimeMillis()),
                        Schema.COMMIT_RUN,
                        run)
                .entrySet());
    }

    private static Optional<Instant> interruptedRun(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> last = writer.getLiveCommitData();
        if (last != null) {
            last.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        String millis = data.get(Schema.COMMIT_TIME);
        return RUN_RUNNING.equals(data.get(Schema.COMMIT_RUN)) && millis != null
                ? Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)))
                : Optional.empty();
    }

    private synchronized DirectoryReader indexBefore() throws IOException {
        if (before == null) {
            before = DirectoryReader.open(writer);
        }
        return before;
    }

    /** The live document with this id in the segment, or {@code NO_MORE_DOCS}. */
    private static int liveDoc(LeafReader reader, BytesRef id) throws IOException {
        Terms ids = reader.terms(Schema.ID);
        TermsEnum terms = ids == null ? null : ids.iterator();
        if (terms == null || !terms.seekExact(id)) {
            return DocIdSetIterator.NO_MORE_DOCS;
        }
        PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
        Bits live = reader.getLiveDocs();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) {
                return doc;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    private static Term idTerm(String id) {
        return new Term(Schema.ID, id);
    }
}
