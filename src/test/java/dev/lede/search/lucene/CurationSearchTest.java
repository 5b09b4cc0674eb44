package dev.lede.search.lucene;

import static dev.lede.search.SearchPages.filteredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.search.SearchPages;
import dev.lede.store.CurationStore;
import dev.lede.store.OldCurationLogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curation applied at search time over a real index: nothing is re-indexed. */
class CurationSearchTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexArticles() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("a1", List.of("Volodymyr Zelenskyy", "Donald Trump"), List.of("Kyiv")),
                article("a2", List.of("Ze")),
                article("a3", List.of("Ze", "Volodymyr Zelenskyy")),
                article("a4", List.of("Donald Trump", "Orda")));
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void mergedValuesCountEachArticleOnceAndListTheirAliases() throws IOException {
        merge("Ze", "Volodymyr Zelenskyy");
        List<FacetValue> people = people(SearchRequest.everything());
        assertEquals(new FacetValue("Volodymyr Zelenskyy", 3, List.of("Ze")), people.getFirst());
        assertTrue(people.stream().noneMatch(value -> value.value().equals("Ze")), people.toString());
    }

    @Test
    void filteringByTheMergedValueFindsArticlesThatUseEitherName() throws IOException {
        merge("Ze", "Volodymyr Zelenskyy");
        assertEquals(Set.of("a1", "a2", "a3"), ids(filteredBy(FacetField.PERSON, Set.of(), "Volodymyr Zelenskyy")));
        assertEquals(Set.of("a1"), ids(filteredBy(FacetField.PERSON, Set.of(), "Volodymyr Zelenskyy", "Donald Trump")));
        assertEquals(
                Set.of("a1", "a2", "a3", "a4"),
                ids(filteredBy(FacetField.PERSON, Set.of(FacetField.PERSON), "Ze", "Donald Trump")));
    }

    @Test
    void hitsAndArticlesShowTheMergedNameOnce() throws IOException {
        merge("Ze", "Volodymyr Zelenskyy");
        assertEquals(
                List.of("Volodymyr Zelenskyy"),
                search.article("a3").orElseThrow().people());
        Hit a2 = search.search(SearchRequest.everything()).hits().stream()
                .filter(hit -> hit.id().equals("a2"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("Volodymyr Zelenskyy"), a2.people());
    }

    @Test
    void aBlockedValueDisappearsFromFacetsHitsAndArticles() throws IOException {
        search.curation().apply(CurationAction.BLOCK, FacetField.PERSON, "Orda", null);
        assertTrue(people(SearchRequest.everything()).stream()
                .noneMatch(v -> v.value().equals("Orda")));
        assertEquals(List.of("Donald Trump"), search.article("a4").orElseThrow().people());
    }

    @Test
    void aRenameChangesTheLabelEverywhereAndStillFilters() throws IOException {
        search.curation().apply(CurationAction.RENAME, FacetField.PERSON, "Donald Trump", "Donald J. Trump");
        assertTrue(people(SearchRequest.everything())
                .contains(new FacetValue("Donald J. Trump", 2, List.of("Donald Trump"))));
        assertEquals(Set.of("a1", "a4"), ids(filteredBy(FacetField.PERSON, Set.of(), "Donald J. Trump")));
    }

    @Test
    void undoingAMergeRestoresBothValuesAndCurationSurvivesReopening() throws IOException {
        long id = merge("Ze", "Volodymyr Zelenskyy");
        search.close();
        search = LuceneArticleSearch.open(indexDir);
        assertEquals(3, people(SearchRequest.everything()).getFirst().count(), "the merge survives a restart");
        search.curation().undo(id);
        assertTrue(people(SearchRequest.everything()).contains(new FacetValue("Ze", 2)));
        assertEquals(List.of(), search.curation().log());
    }

    @Test
    void aSurnameIsMergedAutomaticallyAndAPersonCanSplitItOffAgain() throws IOException {
        IndexedArticles.write(indexDir, article("a5", List.of("Zelenskyy"), List.of("Kyiv")));
        FacetValue zelenskyy = people(SearchRequest.everything()).getFirst();
        assertEquals(new FacetValue("Volodymyr Zelenskyy", 3, List.of("Zelenskyy")), zelenskyy);
        search.curation().apply(CurationAction.SPLIT, FacetField.PERSON, "Zelenskyy", null);
        assertTrue(people(SearchRequest.everything()).contains(new FacetValue("Zelenskyy", 1)));
    }

    @Test
    void aChangeMadeByAnotherProcessIsSeenAtTheNextSearch() throws IOException {
        new CurationStore(indexDir).apply(CurationAction.MERGE, FacetField.PERSON, "Ze", "Volodymyr Zelenskyy");
        assertEquals(3, people(SearchRequest.everything()).getFirst().count());
    }

    @Test
    void aLoopOfMergesInAnOldLogKeepsTheEarlierMergeAndIgnoresTheLaterOne() throws IOException {
        OldCurationLogs.writeLoop(indexDir, FacetField.PERSON, "Ze", "Volodymyr Zelenskyy");

        assertEquals(
                new FacetValue("Volodymyr Zelenskyy", 3, List.of("Ze")),
                people(SearchRequest.everything()).getFirst());
        assertEquals(Set.of("a1", "a2", "a3"), ids(filteredBy(FacetField.PERSON, Set.of(), "Volodymyr Zelenskyy")));
        assertEquals(
                List.of("Volodymyr Zelenskyy"),
                search.article("a2").orElseThrow().people());
        assertEquals(
                List.of(2L),
                search.curation().loops().stream()
                        .map(loop -> loop.ignored().id())
                        .toList());
    }

    private long merge(String value, String into) {
        return search.curation()
                .apply(CurationAction.MERGE, FacetField.PERSON, value, into)
                .id();
    }

    private List<FacetValue> people(SearchRequest request) throws IOException {
        return search.search(request).facets().get("people");
    }

    private static EnrichedArticle article(String id, List<String> people) {
        return article(id, people, List.of());
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, null, null, null),
                new Enrichment(people, places, List.of(), List.of()));
    }

    private Set<String> ids(SearchRequest request) throws IOException {
        return SearchPages.ids(search.search(request));
    }
}
