package dev.lede.ingest;

import dev.lede.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** A real {@code lede index} in a child JVM, and what an index on disk holds, for tests that kill and resume runs. */
final class IndexerProcess {

    private IndexerProcess() {}

    /** Starts {@code lede index ARGS…} on this test's class path; its output goes to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.lede.cli.Main",
                "index"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Every live document of the last commit, by id, as a canonical text of all its stored fields; none when nothing
     * was committed yet.
     */
    static TreeMap<String, String> storedDocuments(Path index) throws IOException {
        TreeMap<String, String> documents = new TreeMap<>();
        try (var directory = FSDirectory.open(index)) {
            if (DirectoryReader.indexExists(directory)) {
                readInto(directory, documents);
            }
        }
        return documents;
    }

    private static void readInto(org.apache.lucene.store.Directory directory, Map<String, String> documents)
            throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc);
                        documents.put(document.get("id"), canonical(document));
                    }
                }
            }
        }
    }

    /** How many articles the last commit holds, 0 while there is none. */
    static int committedCount(Path index) throws IOException {
        try (var directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            // The child may be replacing the commit this instant; the next poll sees the new one.
            return 0;
        }
    }

    /** What the last commit says of the run that made it: "running" or "finished". */
    static String lastCommitRun(Path index) throws IOException {
        try (var directory = FSDirectory.open(index)) {
            return SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.COMMIT_RUN);
        }
    }

    static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static String canonical(Document document) {
        return document.getFields().stream()
                .map(IndexerProcess::canonical)
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String canonical(IndexableField field) {
        BytesRef bytes = field.binaryValue();
        Object value = bytes != null
                ? BytesRef.deepCopyOf(bytes).toString()
                : field.stringValue() != null ? field.stringValue() : field.numericValue();
        return field.name() + "=" + value;
    }
}
