package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.store.CurationStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts through the ordinal table: merged values exact, blocked ones gone, only the fields asked for. */
class CanonicalOrdinalsTest {

    @TempDir
    Path indexDir;

    @BeforeEach
    void indexArticlesAndCurate() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("a1", List.of("Ada Lovelace", "Augusta King"), List.of("London")),
                article("a2", List.of("Augusta King"), List.of("London")),
                article("a3", List.of("Charles Babbage", "Mary Somerville"), List.of("Paris")),
                article("a4", List.of("Mary Somerville"), List.of()));
        CurationStore curation = new CurationStore(indexDir);
        curation.apply(CurationAction.MERGE, FacetField.PERSON, "Augusta King", "Ada Lovelace");
        curation.apply(CurationAction.BLOCK, FacetField.PERSON, "Charles Babbage", null);
    }

    @Test
    void anArticleWithTwoMergedVariantsCountsOnceAndABlockedValueIsLeftOut() throws IOException {
        SearchPage page = search(Set.of(FacetField.PERSON), 10);
        assertEquals(
                List.of(
                        new FacetValue("Ada Lovelace", 2, List.of("Augusta King")),
                        new FacetValue("Mary Somerville", 2)),
                page.facets().get("people"));
    }

    @Test
    void theTopValuesAreTheMostFrequentThenByNameAndOnlyTheFieldsAskedForAreCounted() throws IOException {
        SearchPage page = search(Set.of(FacetField.PERSON), 1);
        assertEquals(
                List.of(new FacetValue("Ada Lovelace", 2, List.of("Augusta King"))),
                page.facets().get("people"));
        assertFalse(page.facets().containsKey("places"), page.facets().toString());
    }

    @Test
    void aSelectedValueCountsSidewaysWithMultiSelect() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            SearchPage page = search.search(SearchRequest.builder()
                    .filter(FacetField.PLACE, List.of("London"))
                    .counting(Set.of(FacetField.PERSON, FacetField.PLACE), Set.of())
                    .multiSelect(true)
                    .build());
            assertEquals(2, page.total());
            assertEquals(
                    List.of(new FacetValue("London", 2), new FacetValue("Paris", 1)),
                    page.facets().get("places"));
            assertEquals(
                    List.of(new FacetValue("Ada Lovelace", 2, List.of("Augusta King"))),
                    page.facets().get("people"));
        }
    }

    private SearchPage search(Set<FacetField> counted, int limit) throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return search.search(SearchRequest.builder()
                    .counting(counted, Set.of())
                    .facetLimit(limit)
                    .build());
        }
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places) {
        return new EnrichedArticle(
                new Article(
                        id, "Story " + id, "Text of " + id, Instant.parse("2025-01-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(people, places, List.of(), List.of()));
    }
}
