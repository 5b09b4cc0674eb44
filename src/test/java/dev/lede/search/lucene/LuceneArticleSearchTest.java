package dev.lede.search.lucene;

import static dev.lede.search.SearchPages.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.MentionedDate;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene search engine on hand-made enriched articles: no NLP involved, so every expectation is exact. */
class LuceneArticleSearchTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexArticles() throws IOException {
        IndexedArticles.write(
                indexDir,
                article(
                        "a1",
                        "Harbour tram opens",
                        "The new tram runs to the harbour in Rotterdam.",
                        "2024-03-05",
                        "Harbour Ledger",
                        List.of("Ines Varga", "Pieter Maas"),
                        List.of("Rotterdam")),
                article(
                        "a2",
                        "Council debates budget",
                        "Pieter Maas defended the tram budget.",
                        "2024-05-10",
                        "Harbour Ledger",
                        List.of("Pieter Maas"),
                        List.of("Rotterdam")),
                article(
                        "a3",
                        "Drought in Kenya",
                        "Farmers near Nairobi wait for rain.",
                        "2023-01-20",
                        "Continental Wire",
                        List.of("Amina Otieno"),
                        List.of("Nairobi", "Kenya")),
                article(
                        "a4",
                        "Varga visits Nairobi",
                        "Ines Varga met Amina Otieno in Nairobi.",
                        "2025-07-01",
                        "Continental Wire",
                        List.of("Ines Varga", "Amina Otieno"),
                        List.of("Nairobi")),
                article("a5", "Undated note", "A tram note without a date.", null, null, List.of(), List.of()));
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void keywordsMatchTitleAndBodyAndSnippetsMarkTheMatch() throws IOException {
        SearchPage page = search.search(SearchRequest.forQuery("tram"));
        assertEquals(Set.of("a1", "a2", "a5"), ids(page));
        assertEquals("a1", page.hits().getFirst().id(), "a title match ranks first");
        assertTrue(
                page.hits().getFirst().snippet().contains("<mark>tram</mark>"),
                page.hits().getFirst().snippet());
    }

    @Test
    void snippetsMarkTheBodysMatchesOfEveryKindOfKeywordQuery() throws IOException {
        assertEquals(
                "The new tram runs to the harbour in <mark>Rotterdam</mark>.",
                snippetOf("a1", "opens rotterdam"),
                "a word found only in the title still lets the body's other matches be marked");
        assertEquals("The <mark>new tram</mark> runs to the harbour in Rotterdam.", snippetOf("a1", "\"new tram\""));
        assertEquals("The new <mark>tram</mark> runs to the harbour in Rotterdam.", snippetOf("a1", "tram -budget"));
        assertEquals(
                "Pieter Maas defended the <mark>tram</mark> budget.", snippetOf("a2", "person:\"Pieter Maas\" tram"));
        assertEquals(
                "Pieter Maas defended the <mark>tram</mark> budget.",
                snippetOf(
                        "a2",
                        SearchRequest.forQuery("tram").toBuilder()
                                .sort(SortOrder.RECENT)
                                .build()));
        assertEquals(
                "The new tram runs to the harbour in Rotterdam.",
                snippetOf("a1", "title:opens"),
                "nothing of the query is in the body: the lead, unmarked");
    }

    private String snippetOf(String id, String query) throws IOException {
        return snippetOf(id, SearchRequest.forQuery(query));
    }

    private String snippetOf(String id, SearchRequest request) throws IOException {
        return search.search(request).hits().stream()
                .filter(hit -> hit.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found by " + request.query()))
                .snippet();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws IOException {
        assertEquals(Set.of("a1", "a2", "a5"), ids(search.search(SearchRequest.forQuery("trams"))));
    }

    @Test
    void phrasesAndBooleanOperatorsWork() throws IOException {
        assertEquals(Set.of("a1"), ids(search.search(SearchRequest.forQuery("\"new tram\""))));
        assertEquals(Set.of("a1", "a3"), ids(search.search(SearchRequest.forQuery("harbour OR drought"))));
        assertEquals(Set.of("a1", "a5"), ids(search.search(SearchRequest.forQuery("tram -budget"))));
        assertEquals(Set.of("a1", "a5"), ids(search.search(SearchRequest.forQuery("tram NOT budget"))));
    }

    @Test
    void entityFieldsMatchAWholeNameAWordOfItOrAPrefixIgnoringCase() throws IOException {
        assertEquals(Set.of("a1", "a4"), ids(search.search(SearchRequest.forQuery("person:\"ines varga\""))));
        assertEquals(Set.of("a1", "a4"), ids(search.search(SearchRequest.forQuery("person:Varga"))));
        assertEquals(Set.of("a3", "a4"), ids(search.search(SearchRequest.forQuery("person:otie*"))));
        assertEquals(Set.of("a3", "a4"), ids(search.search(SearchRequest.forQuery("place:nairobi"))));
        assertEquals(Set.of("a1", "a2"), ids(search.search(SearchRequest.forQuery("source:\"harbour ledger\""))));
        assertEquals(Set.of(), ids(search.search(SearchRequest.forQuery("person:nobody"))));
    }

    @Test
    void entityFieldsCombineWithWordsAndOperators() throws IOException {
        assertEquals(Set.of("a5"), ids(search.search(SearchRequest.forQuery("tram -person:maas"))));
        assertEquals(Set.of("a1", "a2"), ids(search.search(SearchRequest.forQuery("tram AND place:rotterdam"))));
        assertEquals(
                Set.of("a1", "a2", "a3", "a4"),
                ids(search.search(SearchRequest.forQuery("person:maas OR country:kenya OR place:nairobi"))));
    }

    @Test
    void titleFieldPrefixProximityFuzzyAndWildcardPhraseQueriesWork() throws IOException {
        assertEquals(Set.of("a1"), ids(search.search(SearchRequest.forQuery("title:tram"))));
        assertEquals(Set.of("a2"), ids(search.search(SearchRequest.forQuery("budg*"))));
        assertEquals(Set.of("a1"), ids(search.search(SearchRequest.forQuery("\"tram harbour\"~4"))));
        assertEquals(Set.of(), ids(search.search(SearchRequest.forQuery("\"tram harbour\""))));
        assertEquals(Set.of("a3", "a4"), ids(search.search(SearchRequest.forQuery("Nairobbi~"))));
        assertEquals(Set.of("a2"), ids(search.search(SearchRequest.forQuery("\"Pie* Maas\""))));
        assertEquals(Set.of("a1"), ids(search.search(SearchRequest.forQuery("\"tra* harb*\"~4"))));
        assertEquals(Set.of(), ids(search.search(SearchRequest.forQuery("\"tra* harb*\""))));
    }

    @Test
    void anUnparseableQueryIsSearchedAsPlainWordsWithAWarning() throws IOException {
        SearchPage page = search.search(SearchRequest.forQuery("tram AND (harbour"));
        assertEquals(Set.of("a1"), ids(page));
        assertFalse(page.warnings().isEmpty());
    }

    @Test
    void personFacetCountsEachArticleOnce() throws IOException {
        SearchPage page = search.search(SearchRequest.everything());
        assertEquals(5, page.total());
        assertEquals(
                List.of(
                        new FacetValue("Amina Otieno", 2),
                        new FacetValue("Ines Varga", 2),
                        new FacetValue("Pieter Maas", 2)),
                page.facets().get("people"));
        assertEquals(
                List.of(new FacetValue("Continental Wire", 2), new FacetValue("Harbour Ledger", 2)),
                page.facets().get("sources"));
    }

    @Test
    void severalPeopleMeanAllOfThemByDefault() throws IOException {
        SearchPage page = search.search(withPeople(Set.of(), "Ines Varga", "Amina Otieno"));
        assertEquals(Set.of("a4"), ids(page));
    }

    @Test
    void anyOfModeMatchesEitherPersonAndKeepsThatFieldsOwnCountsSideways() throws IOException {
        SearchPage page = search.search(withPeople(Set.of(FacetField.PERSON), "Ines Varga", "Amina Otieno"));
        assertEquals(Set.of("a1", "a3", "a4"), ids(page));
        List<FacetValue> people = page.facets().get("people");
        assertTrue(
                people.contains(new FacetValue("Pieter Maas", 2)),
                "sideways counts ignore the person selection: " + people);
        assertEquals(
                List.of(new FacetValue("Nairobi", 2), new FacetValue("Kenya", 1), new FacetValue("Rotterdam", 1)),
                page.facets().get("places"),
                "other fields count the narrowed results");
    }

    @Test
    void publicationDateRangeIsInclusive() throws IOException {
        SearchRequest request = SearchRequest.builder()
                .published(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-05-10"))
                .sort(SortOrder.NEWEST)
                .build();
        assertEquals(
                List.of("a2", "a1"),
                search.search(request).hits().stream().map(Hit::id).toList());
    }

    @Test
    void newestAndOldestSortByDateWithUndatedArticlesLast() throws IOException {
        assertEquals(List.of("a4", "a2", "a1", "a3", "a5"), idsInOrder(SortOrder.NEWEST));
        assertEquals(List.of("a3", "a1", "a2", "a4", "a5"), idsInOrder(SortOrder.OLDEST));
    }

    @Test
    void histogramUsesMonthsForAShortSpanAndYearsForALongOne() throws IOException {
        SearchPage all = search.search(SearchRequest.everything());
        assertEquals("month", all.published().granularity(), "2023 to 2025 is three years");
        assertEquals(new FacetValue("2023-01", 1), all.published().buckets().getFirst());
        assertEquals(new FacetValue("2023-02", 0), all.published().buckets().get(1), "quiet months are shown");
        assertEquals(new FacetValue("2025-07", 1), all.published().buckets().getLast());
        assertEquals(31, all.published().buckets().size());
        IndexedArticles.write(
                indexDir, article("old", "Archive", "From the archive.", "2019-06-01", null, List.of(), List.of()));
        SearchPage wider = search.search(SearchRequest.everything());
        assertEquals("year", wider.published().granularity());
        assertEquals(
                List.of(
                        new FacetValue("2019", 1),
                        new FacetValue("2020", 0),
                        new FacetValue("2021", 0),
                        new FacetValue("2022", 0),
                        new FacetValue("2023", 1),
                        new FacetValue("2024", 2),
                        new FacetValue("2025", 1)),
                wider.published().buckets());
    }

    @Test
    void pagingReturnsTheRequestedSliceAndTheFullTotal() throws IOException {
        SearchRequest second =
                SearchRequest.builder().sort(SortOrder.NEWEST).page(2).size(2).build();
        SearchPage page = search.search(second);
        assertEquals(5, page.total());
        assertEquals(List.of("a1", "a3"), page.hits().stream().map(Hit::id).toList());
    }

    @Test
    void indexingTheSameIdAgainReplacesTheArticle() throws IOException {
        IndexedArticles.write(
                indexDir,
                article(
                        "a1",
                        "Harbour tram opens at last",
                        "Updated text.",
                        "2024-03-05",
                        "Harbour Ledger",
                        List.of(),
                        List.of()));
        assertEquals(5, search.articleCount(), "new commits are visible without reopening");
        assertEquals(
                "Harbour tram opens at last", search.article("a1").orElseThrow().title());
    }

    @Test
    void anArticleIsReadBackWithItsEntitiesAndMentionedDates() throws IOException {
        var article = search.article("a4").orElseThrow();
        assertEquals(List.of("Ines Varga", "Amina Otieno"), article.people());
        assertEquals(List.of(new MentionedDate("2025-06-30", "yesterday")), article.mentionedDates());
        assertTrue(search.article("missing").isEmpty());
    }

    @Test
    void requestsOutsideTheLimitsNameTheParameter() {
        var tooBig = SearchRequest.builder().sort(SortOrder.NEWEST).size(101).build();
        assertEquals(
                "size",
                assertThrows(InvalidSearchException.class, () -> search.search(tooBig))
                        .parameter());
        var reversed = SearchRequest.builder()
                .published(LocalDate.parse("2025-01-02"), LocalDate.parse("2025-01-01"))
                .sort(SortOrder.NEWEST)
                .build();
        assertEquals(
                "from",
                assertThrows(InvalidSearchException.class, () -> search.search(reversed))
                        .parameter());
    }

    private List<String> idsInOrder(SortOrder order) throws IOException {
        var request = SearchRequest.builder().sort(order).build();
        return search.search(request).hits().stream().map(Hit::id).toList();
    }

    private static SearchRequest withPeople(Set<FacetField> anyOf, String... people) {
        return SearchRequest.builder()
                .filters(Map.of(FacetField.PERSON, List.of(people)))
                .anyOf(anyOf)
                .sort(SortOrder.NEWEST)
                .build();
    }

    private static EnrichedArticle article(
            String id,
            String title,
            String body,
            String published,
            String source,
            List<String> people,
            List<String> places) {
        Instant when = published == null
                ? null
                : LocalDate.parse(published).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        List<MentionedDate> dates = id.equals("a4") ? List.of(new MentionedDate("2025-06-30", "yesterday")) : List.of();
        return new EnrichedArticle(
                new Article(id, title, body, when, source, null, null),
                new Enrichment(people, places, List.of(), dates));
    }
}
