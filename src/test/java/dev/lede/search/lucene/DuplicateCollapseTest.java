package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.DuplicateArticle;
import dev.lede.model.FacetField;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates grouped at search time over a real index of wire stories and their copies. */
class DuplicateCollapseTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexStories() throws IOException {
        DuplicateFixtures.write(indexDir);
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void withoutCollapseEveryCopyIsAHitOfItsOwn() throws IOException {
        SearchPage page = search.search(SearchRequest.forQuery("tram"));
        assertEquals(
                List.of("wire-1", "copy-2", "copy-3", "tram-4", "short-7").stream()
                        .sorted()
                        .toList(),
                ids(page).stream().sorted().toList());
        assertTrue(page.hits().stream()
                .allMatch(hit -> hit.copies() == 0 && hit.copySources().isEmpty()));
    }

    @Test
    void collapseShowsTheEarliestCopyOnceWithTheNumberAndSourcesOfTheOthers() throws IOException {
        SearchPage page = search.search(request("tram", SortOrder.NEWEST, 1, 10));
        assertEquals(List.of("short-7", "tram-4", "wire-1"), ids(page));
        Hit wire = page.hits().get(2);
        assertEquals(2, wire.copies());
        assertEquals(List.of("Daily Post", "Harbour Ledger"), wire.copySources());
        assertEquals(0, page.hits().get(1).copies(), "another story on the same topic is not a copy");
        assertEquals(5, page.total(), "total still counts matching articles");
        assertEquals(null, page.nextCursor());
    }

    @Test
    void collapsedPagesAreFilledFromFurtherDownTheHits() throws IOException {
        SearchPage first = search.search(request("", SortOrder.NEWEST, 1, 2));
        SearchPage second = search.search(request("", SortOrder.NEWEST, 2, 2));
        SearchPage third = search.search(request("", SortOrder.NEWEST, 3, 2));
        assertEquals(List.of("short-7", "drought-5"), ids(first));
        assertEquals(1, first.hits().get(1).copies());
        assertEquals(List.of("tram-4", "wire-1"), ids(second));
        assertEquals(List.of(), ids(third));
    }

    @Test
    void copiesThatTheFiltersExcludeAreNotCounted() throws IOException {
        var request = SearchRequest.builder()
                .query("tram")
                .filters(Map.of(FacetField.SOURCE, List.of("Harbour Ledger", "Daily Post")))
                .anyOf(Set.of(FacetField.SOURCE))
                .sort(SortOrder.NEWEST)
                .collapse(true)
                .build();
        SearchPage page = search.search(request);
        assertEquals(List.of("short-7", "tram-4", "copy-2"), ids(page));
        assertEquals(1, page.hits().get(2).copies());
        assertEquals(List.of("Daily Post"), page.hits().get(2).copySources());
    }

    @Test
    void anArticleListsItsNearDuplicatesWithTheirSimilarity() throws IOException {
        List<DuplicateArticle> duplicates = search.duplicates("wire-1", 20).orElseThrow();
        assertEquals(
                List.of("copy-2", "copy-3"),
                duplicates.stream().map(DuplicateArticle::id).toList());
        assertEquals(1.0, duplicates.getFirst().similarity());
        assertTrue(duplicates.get(1).similarity() < 1.0);
        assertEquals(List.of(), search.duplicates("tram-4", 20).orElseThrow());
        assertEquals(List.of(), search.duplicates("short-7", 20).orElseThrow());
        assertTrue(search.duplicates("nope", 20).isEmpty());
        assertEquals(1, search.duplicates("wire-1", 1).orElseThrow().size());
    }

    @Test
    void aCursorCannotPageCollapsedResults() {
        var error = assertThrows(
                InvalidSearchException.class,
                () -> search.search(request("tram", SortOrder.NEWEST, 1, 2), "eyJ0IjoxfQ"));
        assertEquals("cursor", error.parameter());
    }

    private static SearchRequest request(String query, SortOrder sort, int page, int size) {
        return SearchRequest.builder()
                .query(query)
                .sort(sort)
                .page(page)
                .size(size)
                .collapse(true)
                .build();
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(Hit::id).toList();
    }
}
