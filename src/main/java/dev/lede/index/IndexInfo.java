package dev.lede.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** What the last commit of an index on disk says about it, read without opening a searcher. */
public record IndexInfo(String schemaVersion, Instant committedAt) {

    public static boolean exists(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
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
