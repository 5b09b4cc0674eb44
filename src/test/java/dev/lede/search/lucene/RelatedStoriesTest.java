package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.CurationAction;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related stories over a real index: similar words and shared entities, aliases included. */
class RelatedStoriesTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void index() throws IOException {
        DiscoveryFixtures.writeTramStories(indexDir);
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void theStorySharingMostWordsAndEntitiesComesFirstWithWhatItShares() throws IOException {
        List<RelatedArticle> related = search.related("tram-1", 5).orElseThrow();
        RelatedArticle first = related.getFirst();
        assertEquals("tram-2", first.id());
        assertEquals("Harbour tram line extended after opening", first.title());
        assertEquals(List.of("Marit Zuidervaart"), first.sharedPeople());
        assertEquals(List.of("Rotterdam"), first.sharedPlaces());
        assertEquals(List.of("Maasstad Transit"), first.sharedOrgs());
        assertEquals("tram-3", related.get(1).id());
        assertEquals(List.of("Rotterdam"), related.get(1).sharedPlaces());
    }

    @Test
    void anArticleIsNeverRelatedToItselfAndUnrelatedOnesAreLeftOut() throws IOException {
        List<String> ids = ids(search.related("tram-1", 20).orElseThrow());
        assertFalse(ids.contains("tram-1"), ids.toString());
        assertFalse(ids.contains("drought-5"), ids.toString());
    }

    @Test
    void aPersonMergedByCurationIsSharedUnderItsCanonicalName() throws IOException {
        assertFalse(ids(search.related("tram-1", 20).orElseThrow()).contains("alias-4"));
        search.curation().apply(CurationAction.MERGE, FacetField.PERSON, "Dockside Mayor", "Marit Zuidervaart");
        RelatedArticle alias = search.related("tram-1", 20).orElseThrow().stream()
                .filter(article -> article.id().equals("alias-4"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("Marit Zuidervaart"), alias.sharedPeople());
    }

    @Test
    void theLimitCapsTheListAndAnUnknownIdGivesNothing() throws IOException {
        assertEquals(1, search.related("tram-1", 1).orElseThrow().size());
        assertTrue(search.related("no-such-story", 5).isEmpty());
        InvalidSearchException tooMany = assertThrows(InvalidSearchException.class, () -> search.related("tram-1", 21));
        assertEquals("limit", tooMany.parameter());
    }

    @Test
    void copiesOfTheSameStoryAreLeftOutAndTheLimitIsFilledWithOtherStories(@TempDir Path wireIndex) throws IOException {
        DuplicateFixtures.write(wireIndex);
        try (LuceneArticleSearch wires = LuceneArticleSearch.open(wireIndex)) {
            List<String> copies = wires.duplicates("wire-1", 100).orElseThrow().stream()
                    .map(DuplicateArticle::id)
                    .toList();
            assertEquals(List.of("copy-2", "copy-3"), copies);

            List<String> related = ids(wires.related("wire-1", 20).orElseThrow());

            assertFalse(related.contains("copy-2") || related.contains("copy-3"), related.toString());
            assertEquals("tram-4", related.getFirst(), related.toString());
            assertEquals(List.of("tram-4"), ids(wires.related("wire-1", 1).orElseThrow()));
            assertFalse(ids(wires.related("copy-3", 20).orElseThrow()).contains("wire-1"));
        }
    }

    private static List<String> ids(List<RelatedArticle> related) {
        return related.stream().map(RelatedArticle::id).toList();
    }
}
