package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.Enrichment;
import dev.lede.config.EntitySource;
import dev.lede.config.NlpMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentStoreTest {

    @TempDir
    Path indexDir;

    @Test
    void anIndexWithoutTheFileHasNoEnrichmentOnRecord() {
        assertEquals(Optional.empty(), new EnrichmentStore(indexDir).read());
    }

    @Test
    void whatIsRememberedIsReadByAnotherProcessAsTheLabelsAPersonTypes() throws Exception {
        Enrichment enrichment = new Enrichment(NlpMode.FAST, EntitySource.GIVEN, "GB");
        new EnrichmentStore(indexDir).remember(enrichment);

        assertEquals(Optional.of(enrichment), new EnrichmentStore(indexDir).read());
        String written = Files.readString(indexDir.resolve(EnrichmentStore.FILE_NAME));
        assertTrue(written.contains("\"nlp\" : \"fast\"") && written.contains("\"entities\" : \"given\""), written);
    }

    @Test
    void aLaterRunReplacesTheEnrichmentOnRecord() {
        EnrichmentStore store = new EnrichmentStore(indexDir);
        store.remember(new Enrichment(NlpMode.FAST, EntitySource.GIVEN, "GB"));
        store.remember(new Enrichment(NlpMode.FULL, EntitySource.BOTH, null));

        assertEquals(
                Optional.of(new Enrichment(NlpMode.FULL, EntitySource.BOTH, null)),
                new EnrichmentStore(indexDir).read());
    }

    @Test
    void aFileNamingNoModeLedeKnowsIsSetAsideAndCountsAsNone() throws Exception {
        Files.writeString(indexDir.resolve(EnrichmentStore.FILE_NAME), "{\"nlp\":\"turbo\",\"entities\":\"both\"}");

        assertEquals(Optional.empty(), new EnrichmentStore(indexDir).read());
        try (Stream<Path> files = Files.list(indexDir)) {
            assertTrue(
                    files.anyMatch(f -> f.getFileName().toString().startsWith("enrichment.json.corrupt-")),
                    "set aside");
        }
    }
}
