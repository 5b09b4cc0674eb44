package dev.lede.index.lucene;

import dev.lede.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/** What the last commit of an index on disk says about it, read without opening a searcher. */
public record IndexInfo(String schemaVersion, Instant committedAt) {

    /** Files Lede keeps beside the index; with their lock files and the copies a store set aside, never foreign. */
    private static final Set<String> SIDE_FILES =
            Set.of("curation.json", "saved-searches.json", "annotations.json", "enrichment.json", "rejects.jsonl");

    /** How many of a foreign folder's files a message names. */
    private static final int NAMED_FILES = 3;

    /** A folder that a reader may not open as an index, because it is missing or holds something else. */
    public static final class NotAnIndexException extends IOException {
        NotAnIndexException(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code path} is a folder a reader can open as a Lede index without creating anything: one with a
     * commit, one whose first indexing run has not committed yet (Lucene's {@code write.lock}), or an empty one.
     *
     * @throws NotAnIndexException when the folder is missing, is a file, or holds other files (a mistyped path)
     */
    public static void requireReadable(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NotAnIndexException("No index at " + path + ": index articles there first (lede index).");
        }
        requireNoForeignFiles(path);
    }

    /**
     * Checks that a writer may create or use an index at {@code path}: a missing or empty folder (created or filled),
     * or one holding a Lede index. A folder of other files (a mistyped {@code --index}) is refused, so that no index
     * is written among a person's own files.
     *
     * @throws NotAnIndexException when {@code path} is a file or a folder of other files
     */
    public static void requireWritable(Path path) throws IOException {
        if (Files.exists(path)) {
            requireNoForeignFiles(path);
        }
    }

    private static void requireNoForeignFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new NotAnIndexException(path + " is a file, not an index folder.");
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(path)) {
            names = entries.map(entry -> entry.getFileName().toString())
                    .sorted()
                    .toList();
        }
        boolean lucene = names.stream()
                .anyMatch(name -> name.startsWith(IndexFileNames.SEGMENTS) || name.equals(IndexWriter.WRITE_LOCK_NAME));
        List<String> foreign = names.stream().filter(name -> !isSideFile(name)).toList();
        if (!lucene && !foreign.isEmpty()) {
            throw new NotAnIndexException(path + " is not a Lede index (it holds "
                    + String.join(", ", foreign.subList(0, Math.min(NAMED_FILES, foreign.size())))
                    + (foreign.size() > NAMED_FILES ? ", …" : "")
                    + "); check --index.");
        }
    }

    /** Lede's own side files, and hidden ones such as a checkout's {@code .gitkeep}. */
    private static boolean isSideFile(String name) {
        if (name.startsWith(".")) {
            return true;
        }
        String base = name.replaceFirst("\\.(lock|corrupt-.*)$", "");
        return SIDE_FILES.contains(base);
    }

    public static boolean exists(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** Whether some writer (in this process or another) holds the index's write lock right now. */
    public static boolean isWriteLocked(Path path) throws IOException {
        try (Directory directory = FSDirectory.open(path);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        }
    }

    public static Optional<IndexInfo> read(Path path) throws IOException {
        if (!exists(path)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(path)) {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            String millis = data.get(Schema.COMMIT_TIME);
            return Optional.of(new IndexInfo(
                    data.getOrDefault(Schema.COMMIT_SCHEMA_VERSION, ""),
                    millis == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(millis))));
        } catch (IndexNotFoundException e) {
            return Optional.empty();
        }
    }

    public boolean isCurrentSchema() {
        return Schema.VERSION.equals(schemaVersion);
    }
}
