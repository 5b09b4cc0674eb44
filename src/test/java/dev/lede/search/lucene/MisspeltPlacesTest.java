package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A place misspelt by a letter is counted, filtered and profiled under the place it misspells, on a real index. */
class MisspeltPlacesTest {

    @Test
    void aMisspeltPlaceIsCountedUnderThePlaceItMisspells(@TempDir Path indexDir) throws Exception {
        IndexedArticles.write(
                indexDir,
                withPlace("p1", "Oklahoma City"),
                withPlace("p2", "Oklahoma City"),
                withPlace("p3", "Oklahoma City"),
                withPlace("p4", "Okalhoma City"));

        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(
                    List.of(new FacetValue("Oklahoma City", 4, List.of("Okalhoma City"))),
                    search.search(SearchRequest.everything()).facets().get(FacetField.PLACE.plural()));
            assertEquals(
                    4,
                    search.search(SearchRequest.builder()
                                    .filter(FacetField.PLACE, List.of("Oklahoma City"))
                                    .build())
                            .total());
            EntityProfile profile = search.entityProfile(FacetField.PLACE, "Okalhoma City", null, null)
                    .orElseThrow();
            assertEquals("Oklahoma City", profile.name());
            assertEquals(4, profile.articles());
        }
    }

    private static EnrichedArticle withPlace(String id, String place) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(List.of(), List.of(place), List.of(), List.of()));
    }
}
