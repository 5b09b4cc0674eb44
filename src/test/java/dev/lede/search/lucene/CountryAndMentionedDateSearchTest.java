package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.model.Article;
import dev.lede.model.DateHistogram;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.MentionedDate;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The country facet and the second timeline: dates the articles mention, apart from when they were published. */
class CountryAndMentionedDateSearchTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexArticles() throws IOException {
        IndexedArticles.write(
                indexDir,
                article(
                        "munich",
                        "2025-03-02",
                        List.of("Munich"),
                        List.of("Germany"),
                        "Munich",
                        List.of(new MentionedDate("2025-02-14", "February 14"))),
                article(
                        "berlin",
                        "2025-03-20",
                        List.of("Berlin"),
                        List.of("Germany"),
                        null,
                        List.of(new MentionedDate("2025-02", "in February"))),
                article(
                        "kyiv",
                        "2025-02-10",
                        List.of("Kyiv"),
                        List.of("Ukraine"),
                        "Kyiv",
                        List.of(new MentionedDate("2025-02-14", "on Friday"), new MentionedDate("2024", "last year"))),
                article("plain", "2024-05-01", List.of(), List.of(), null, List.of()));
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void aCountryFilterFindsArticlesAboutAnyPlaceInIt() throws IOException {
        var request = request(Map.of(FacetField.COUNTRY, List.of("Germany")), null, null, null, null);
        assertEquals(List.of("berlin", "munich"), ids(request));
        assertEquals(
                List.of(new FacetValue("Germany", 2), new FacetValue("Ukraine", 1)),
                search.search(SearchRequest.everything()).facets().get("countries"));
    }

    @Test
    void aMentionedDayMatchesAMentionedDateRangeAroundIt() throws IOException {
        LocalDate valentines = LocalDate.parse("2025-02-14");
        assertEquals(List.of("munich", "kyiv"), ids(request(Map.of(), null, null, valentines, valentines)));
    }

    @Test
    void aMentionedMonthMatchesOnlyARangeThatHoldsTheWholeMonth() throws IOException {
        var february = request(Map.of(), null, null, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"));
        assertEquals(List.of("berlin", "munich", "kyiv"), ids(february));
        var oneWeek = request(Map.of(), null, null, LocalDate.parse("2025-02-10"), LocalDate.parse("2025-02-16"));
        assertEquals(List.of("munich", "kyiv"), ids(oneWeek), "'in February' is not a date in that week");
    }

    @Test
    void publishedInMarchAndMentioningValentinesDayAreTwoSeparateFilters() throws IOException {
        var request = request(
                Map.of(),
                LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-31"),
                LocalDate.parse("2025-02-14"),
                LocalDate.parse("2025-02-14"));
        assertEquals(List.of("munich"), ids(request));
    }

    @Test
    void theMentionedTimelineCountsArticlesByTheMonthsTheyMention() throws IOException {
        DateHistogram mentioned = search.search(SearchRequest.everything()).mentioned();
        assertEquals("month", mentioned.granularity());
        assertEquals(new FacetValue("2025-02", 3), mentioned.buckets().getLast());
    }

    @Test
    void anArticleShowsItsCountriesAndDateline() throws IOException {
        var kyiv = search.article("kyiv").orElseThrow();
        assertEquals(List.of("Ukraine"), kyiv.countries());
        assertEquals("Kyiv", kyiv.dateline());
        assertEquals(List.of("Kyiv City, Ukraine"), kyiv.regions());
    }

    @Test
    void aMentionedRangeThatEndsBeforeItStartsIsRefused() {
        var reversed = request(Map.of(), null, null, LocalDate.parse("2025-02-02"), LocalDate.parse("2025-02-01"));
        assertEquals(
                "mentionedFrom",
                assertThrows(InvalidSearchException.class, () -> search.search(reversed))
                        .parameter());
    }

    private List<String> ids(SearchRequest request) throws IOException {
        return search.search(request).hits().stream().map(Hit::id).toList();
    }

    private static SearchRequest request(
            Map<FacetField, List<String>> filters,
            LocalDate from,
            LocalDate to,
            LocalDate mentionedFrom,
            LocalDate mentionedTo) {
        return SearchRequest.builder()
                .filters(filters)
                .published(from, to)
                .mentioned(mentionedFrom, mentionedTo)
                .sort(SortOrder.NEWEST)
                .build();
    }

    private static EnrichedArticle article(
            String id,
            String published,
            List<String> places,
            List<String> countries,
            String dateline,
            List<MentionedDate> dates) {
        Instant when = Instant.parse(published + "T12:00:00Z");
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text of " + id, when, "Wire", null, null),
                new Enrichment(
                        List.of(),
                        places,
                        List.of(),
                        countries,
                        dates,
                        dateline,
                        dateline == null ? List.of() : List.of(dateline + " City, " + countries.getFirst())));
    }
}
