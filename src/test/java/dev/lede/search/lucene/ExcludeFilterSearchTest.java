package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.store.CurationStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excluded values: articles that do not have them, through aliases, together with include filters. */
class ExcludeFilterSearchTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexArticles() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("a1", List.of("Marit Zuidervaart", "Joost Ammerlaan"), List.of("Rotterdam")),
                article("a2", List.of("Marit Zuidervaart"), List.of("Lyon")),
                article("a3", List.of("Joost Ammerlaan"), List.of("Kiev")),
                article("a4", List.of(), List.of("Kyiv")));
        new CurationStore(indexDir).apply(CurationAction.MERGE, FacetField.PLACE, "Kiev", "Kyiv");
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void anExcludedPersonRemovesTheirArticlesFromHitsAndFacets() throws IOException {
        var request = request(Map.of(), Set.of(), Map.of(FacetField.PERSON, List.of("Joost Ammerlaan")));
        assertEquals(List.of("a2", "a4"), ids(request));
        assertEquals(
                List.of(new FacetValue("Marit Zuidervaart", 1)),
                search.search(request).facets().get("people"));
    }

    @Test
    void anExcludedValueCoversItsAliases() throws IOException {
        var request = request(Map.of(), Set.of(), Map.of(FacetField.PLACE, List.of("Kyiv")));
        assertEquals(List.of("a1", "a2"), ids(request));
    }

    @Test
    void exclusionsCombineWithAllAndAnyFilters() throws IOException {
        var all = request(
                Map.of(FacetField.PERSON, List.of("Marit Zuidervaart")),
                Set.of(),
                Map.of(FacetField.PLACE, List.of("Rotterdam")));
        assertEquals(List.of("a2"), ids(all));
        var any = request(
                Map.of(FacetField.PERSON, List.of("Marit Zuidervaart", "Joost Ammerlaan")),
                Set.of(FacetField.PERSON),
                Map.of(FacetField.PLACE, List.of("Lyon")));
        assertEquals(List.of("a1", "a3"), ids(any));
    }

    private List<String> ids(SearchRequest request) throws IOException {
        return search.search(request).hits().stream().map(Hit::id).sorted().toList();
    }

    private static SearchRequest request(
            Map<FacetField, List<String>> filters, Set<FacetField> anyOf, Map<FacetField, List<String>> excluded) {
        return SearchRequest.builder()
                .filters(filters)
                .anyOf(anyOf)
                .sort(SortOrder.NEWEST)
                .excluded(excluded)
                .build();
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places) {
        return new EnrichedArticle(
                new Article(
                        id, "Story " + id, "Text of " + id, Instant.parse("2025-01-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(people, places, List.of(), List.of()));
    }
}
