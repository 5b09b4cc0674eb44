package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.model.Article;
import dev.lede.model.MentionedDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dates named in the text, as the full extractor resolves them against the publication date. */
class MentionedDatesTest {

    /** A Thursday. */
    private static final Instant PUBLISHED = Instant.parse("2025-02-13T09:30:00Z");

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractors.forMode(NlpMode.FULL);
    }

    private static List<String> dates(String body, Instant published) {
        Article article = new Article("a", "", body, published, null, null, null);
        return extractor.extract(article).mentionedDates().stream()
                .map(MentionedDate::value)
                .toList();
    }

    @Test
    void aWeekdayResolvesToAConcreteDayNearPublication() {
        assertEquals(
                List.of("2025-02-12"), dates("Hegseth said on Wednesday that the goals are unrealistic.", PUBLISHED));
    }

    @Test
    void aWeekdayInThePastTenseIsTheOneBeforePublication() {
        assertEquals(List.of("2025-02-07"), dates("He said on Friday that the talks had failed.", PUBLISHED));
        assertEquals(List.of("2025-02-14"), dates("He will go there on Friday.", PUBLISHED));
    }

    @Test
    void howADateResolvesDoesNotDependOnTheArticleExtractedBefore() {
        List<String> before = dates("They meet on Friday.", PUBLISHED);
        dates("He said on Friday that the talks had failed.", PUBLISHED);
        assertEquals(before, dates("They meet on Friday.", PUBLISHED));
        dates("He will go there on Friday.", PUBLISHED);
        assertEquals(before, dates("They meet on Friday.", PUBLISHED));
    }

    @Test
    void articlesExtractedAtTheSameTimeDoNotLeakTenseIntoEachOther() throws Exception {
        String past = "He said on Friday that the talks had failed.";
        String neutral = "They meet on Friday.";
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String body = i % 2 == 0 ? past : neutral;
                results.add(pool.submit(() -> dates(body, PUBLISHED)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(
                        List.of(i % 2 == 0 ? "2025-02-07" : "2025-02-14"),
                        results.get(i).get());
            }
        }
    }

    @Test
    void aMonthWithAYearIsKeptAtMonthPrecision() {
        assertEquals(List.of("2024-03"), dates("The ceasefire collapsed in March 2024.", PUBLISHED));
    }

    @Test
    void aDayWithoutYearTakesTheYearOfPublication() {
        assertEquals(List.of("2025-02-14"), dates("They will meet in Munich on February 14.", PUBLISHED));
    }

    @Test
    void withoutPublicationDateAbsoluteDatesAreKeptAndRelativeOnesDropped() {
        List<String> found = dates("The summit on 14 February 2025 was planned last Tuesday.", null);
        assertEquals(List.of("2025-02-14"), found);
    }

    @Test
    void durationsAndVagueReferencesAreNotDates() {
        assertEquals(
                List.of(),
                dates("After a 90-minute call and weeks of contacts, a deal may come in the future.", PUBLISHED));
    }

    @Test
    void aDateIsListedOnceWithTheWordsThatFirstNamedIt() {
        Article article = new Article(
                "a",
                "Summit on February 14",
                "Leaders meet on 14 February 2025 in Munich.",
                PUBLISHED,
                null,
                null,
                null);
        List<MentionedDate> found = extractor.extract(article).mentionedDates();
        assertEquals(List.of(new MentionedDate("2025-02-14", "February 14")), found);
    }

    @Test
    void textWithoutDateCuesYieldsNoDates() {
        assertTrue(dates("Zelenskyy spoke about the call.", PUBLISHED).isEmpty());
    }
}
