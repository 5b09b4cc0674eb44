package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} says so when an older Lede wrote the index, since the newer facets are empty until it is redone. */
class OlderSchemaNoticeTest {

    @TempDir
    Path indexDir;

    @Test
    void anIndexOfAnOlderSchemaIsNamedWithWhatItLacksAndHowToMend() throws IOException {
        commitSchema("8");
        String notice = ServeCommand.olderSchemaNotice(indexDir).orElseThrow();
        assertTrue(notice.contains("schema 8; this one writes schema " + Schema.VERSION), notice);
        assertTrue(notice.contains("region facet") && notice.contains("lede index"), notice);
    }

    @Test
    void anIndexOfThisSchemaOrNoneAtAllNeedsNoNotice() throws IOException {
        assertEquals(Optional.empty(), ServeCommand.olderSchemaNotice(indexDir), "no index yet");
        commitSchema(Schema.VERSION);
        assertEquals(Optional.empty(), ServeCommand.olderSchemaNotice(indexDir));
    }

    private void commitSchema(String version) throws IOException {
        try (Directory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(
                    Map.of(Schema.COMMIT_SCHEMA_VERSION, version).entrySet());
            writer.commit();
        }
    }
}
