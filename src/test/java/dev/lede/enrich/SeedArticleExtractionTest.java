package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.MentionedDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full extractor on a real article: a headline, page debris, and many partial mentions of the same people. */
class SeedArticleExtractionTest {

    private static Extractor extractor;
    private static Article article;
    private static Enrichment enrichment;

    @BeforeAll
    static void extractOnce() throws IOException {
        Path seed = Path.of(System.getProperty("lede.sharedDir", "../shared"), "corpora", "seed-article.txt");
        Assumptions.assumeTrue(Files.isReadable(seed), "seed article not found at " + seed.toAbsolutePath());
        String text = Files.readString(seed).strip();
        int titleEnd = text.indexOf('\n');
        article = new Article(
                "seed",
                text.substring(0, titleEnd).strip(),
                text.substring(titleEnd + 1),
                Instant.parse("2025-02-13T12:00:00Z"),
                null,
                null,
                null);
        extractor = Extractors.forMode(NlpMode.FULL);
        enrichment = extractor.extract(article);
    }

    @Test
    void everyNamedPersonIsListedExactlyOnceUnderTheFullName() {
        for (String person : List.of(
                "Donald Trump",
                "Vladimir Putin",
                "Volodymyr Zelenskyy",
                "Pete Hegseth",
                "Mike Pence",
                "Tatiana Stanovaya")) {
            assertEquals(
                    1,
                    enrichment.people().stream().filter(person::equals).count(),
                    person + " in " + enrichment.people());
        }
    }

    @Test
    void theOutletTheStoryCitesIsAnOrganisationAndNoPerson() {
        assertEquals(
                List.of(
                        "Donald Trump",
                        "Mike Pence",
                        "Pete Hegseth",
                        "Tatiana Stanovaya",
                        "Vladimir Putin",
                        "Volodymyr Zelenskyy"),
                enrichment.people().stream().sorted().toList());
        assertTrue(
                enrichment.organizations().contains("Orda"),
                enrichment.organizations().toString());
    }

    @Test
    void bareSurnamesAreNotListedBesideTheFullNames() {
        for (String surname : List.of("Trump", "Putin", "Zelenskyy", "Hegseth")) {
            assertFalse(enrichment.people().contains(surname), surname + " in " + enrichment.people());
        }
    }

    @Test
    void theCountriesAndCitiesOfTheStoryArePlaces() {
        assertTrue(
                enrichment.places().containsAll(List.of("Ukraine", "Russia", "Munich", "Saudi Arabia")),
                enrichment.places().toString());
    }

    @Test
    void theCitiesTheRecognizerMissesAreFoundInTheGazetteer() {
        assertTrue(
                enrichment.places().containsAll(List.of("Kyiv", "Kursk")),
                enrichment.places().toString());
    }

    @Test
    void theUnitedStatesIsOnePlaceHoweverItIsWritten() {
        assertTrue(
                enrichment.places().contains("United States"),
                enrichment.places().toString());
        assertFalse(
                enrichment.places().stream()
                        .anyMatch(p -> List.of("US", "U.S.", "America").contains(p)),
                enrichment.places().toString());
    }

    @Test
    void demonymsAreNotPlaces() {
        assertFalse(enrichment.places().contains("Russian"), enrichment.places().toString());
        assertFalse(
                enrichment.places().contains("American"), enrichment.places().toString());
    }

    @Test
    void theCountriesOfThePlacesAreTheArticlesCountries() {
        assertTrue(
                enrichment
                        .countries()
                        .containsAll(List.of("Ukraine", "Russia", "Germany", "Saudi Arabia", "United States")),
                enrichment.countries().toString());
    }

    @Test
    void theHeadlineDoesNotAddTitleCaseFalseEntities() {
        assertFalse(
                enrichment.organizations().stream().anyMatch(name -> name.contains("Reports")),
                enrichment.organizations().toString());
    }

    @Test
    void february14IsResolvedAgainstThePublicationDate() {
        assertTrue(
                enrichment.mentionedDates().stream().map(MentionedDate::value).anyMatch("2025-02-14"::equals),
                enrichment.mentionedDates().toString());
    }

    @Test
    void listsHoldDistinctValues() {
        assertEquals(enrichment.people().stream().distinct().toList(), enrichment.people());
        assertEquals(enrichment.places().stream().distinct().toList(), enrichment.places());
        assertEquals(enrichment.organizations().stream().distinct().toList(), enrichment.organizations());
        assertEquals(
                enrichment.mentionedDates().stream()
                        .map(MentionedDate::value)
                        .distinct()
                        .count(),
                enrichment.mentionedDates().size());
    }

    @Test
    void extractingFromSeveralThreadsAtOnceGivesTheSameResult() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Enrichment>> results = pool.invokeAll(Collections.nCopies(8, () -> extractor.extract(article)));
            for (Future<Enrichment> result : results) {
                assertEquals(enrichment, result.get());
            }
        }
    }
}
