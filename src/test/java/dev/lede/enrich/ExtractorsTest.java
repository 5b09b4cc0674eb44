package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorsTest {

    private static final Article ARTICLE = new Article(
            "a",
            "Putin and Trump to meet",
            "Donald Trump said on Wednesday he would meet Vladimir Putin in Saudi Arabia on February 14.",
            Instant.parse("2025-02-13T00:00:00Z"),
            null,
            null,
            null);

    private static Extractor fast;

    @BeforeAll
    static void loadFastExtractor() {
        fast = Extractors.forMode(NlpMode.FAST);
    }

    @Test
    void offReturnsNoEnrichmentWithoutLoadingModels() {
        assertSame(Enrichment.NONE, Extractors.forMode(NlpMode.OFF).extract(ARTICLE));
    }

    @Test
    void fastFindsEntitiesButNoDates() {
        Enrichment enrichment = fast.extract(ARTICLE);
        assertEquals(Set.of("Donald Trump", "Vladimir Putin"), Set.copyOf(enrichment.people()));
        assertEquals(2, enrichment.people().size());
        assertTrue(
                enrichment.places().contains("Saudi Arabia"),
                enrichment.places().toString());
        assertEquals(List.of(), enrichment.mentionedDates());
    }

    @Test
    void anEmptyArticleHasAnEmptyEnrichment() {
        Enrichment enrichment = fast.extract(new Article("e", "", "", null, null, null, null));
        assertEquals(Enrichment.NONE, enrichment);
    }
}
