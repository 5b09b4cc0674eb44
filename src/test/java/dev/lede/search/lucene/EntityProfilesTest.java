package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.CoMention;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityMonth;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity profiles over a real index: counts, timeline and co-mentions, curated like a search. */
class EntityProfilesTest {

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void index() throws IOException {
        DiscoveryFixtures.writeProfileStories(indexDir);
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void aProfileCountsArticlesAndKnowsWhenTheEntityWasFirstAndLastSeen() throws IOException {
        EntityProfile zelenskyy = profile("Volodymyr Zelenskyy", null, null);
        assertEquals("person", zelenskyy.kind());
        assertEquals("Volodymyr Zelenskyy", zelenskyy.name());
        assertEquals(3, zelenskyy.articles());
        assertEquals(Instant.parse("2024-01-10T08:00:00Z"), zelenskyy.firstSeen());
        assertEquals(Instant.parse("2024-03-05T08:00:00Z"), zelenskyy.lastSeen());
        assertEquals("/api/search?person=Volodymyr%20Zelenskyy", zelenskyy.search());
    }

    @Test
    void mentionsPerMonthAreChronologicalWithQuietMonthsFilled() throws IOException {
        List<EntityMonth> months = profile("Volodymyr Zelenskyy", null, null).months();
        assertEquals(
                List.of("2024-01", "2024-02", "2024-03"),
                months.stream().map(EntityMonth::month).toList());
        assertEquals(
                List.of(2L, 0L, 1L), months.stream().map(EntityMonth::articles).toList());
        assertTrue(months.get(1).mentionedWith().people().isEmpty());
    }

    @Test
    void coMentionsLeaveTheEntityItselfOutAndLinkToTheSearchForBoth() throws IOException {
        EntityProfile zelenskyy = profile("Volodymyr Zelenskyy", null, null);
        List<CoMention> people = zelenskyy.mentionedWith().people();
        assertEquals(List.of("Donald Trump", "Ze", "Emmanuel Macron"), values(people));
        assertEquals(List.of(2L, 2L, 1L), people.stream().map(CoMention::count).toList());
        assertEquals(
                "/api/search?person=Volodymyr%20Zelenskyy&person=Donald%20Trump",
                people.getFirst().search());
        assertEquals(List.of("Kyiv", "Paris"), values(zelenskyy.mentionedWith().places()));
        List<CoMention> inMarch = zelenskyy.months().get(2).mentionedWith().people();
        assertEquals(List.of("Emmanuel Macron", "Ze"), values(inMarch));
        assertEquals(
                "/api/search?person=Volodymyr%20Zelenskyy&person=Emmanuel%20Macron&from=2024-03-01&to=2024-03-31",
                inMarch.getFirst().search());
    }

    @Test
    void aProfileAskedForByAnAliasResolvesToTheCanonicalValueAndCountsEachArticleOnce() throws IOException {
        search.curation().apply(CurationAction.MERGE, FacetField.PERSON, "Ze", "Volodymyr Zelenskyy");
        EntityProfile zelenskyy = profile("Ze", null, null);
        assertEquals("Volodymyr Zelenskyy", zelenskyy.name());
        assertEquals(List.of("Ze"), zelenskyy.aliases());
        assertEquals(4, zelenskyy.articles());
        assertEquals(Instant.parse("2024-03-09T08:00:00Z"), zelenskyy.lastSeen());
        assertEquals(
                List.of("Donald Trump", "Emmanuel Macron"),
                values(zelenskyy.mentionedWith().people()));
        assertEquals(3, zelenskyy.mentionedWith().people().getFirst().count());

        CoMention withTrump =
                profile("Donald Trump", null, null).mentionedWith().people().getFirst();
        assertEquals(
                new CoMention(
                        "Volodymyr Zelenskyy",
                        3,
                        List.of("Ze"),
                        "/api/search?person=Donald%20Trump&person=Volodymyr%20Zelenskyy"),
                withTrump);
    }

    @Test
    void aPeriodRestrictsEveryPartOfTheProfile() throws IOException {
        EntityProfile march = profile("Donald Trump", LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-31"));
        assertEquals(2, march.articles());
        assertEquals(Instant.parse("2024-02-01T08:00:00Z"), march.firstSeen());
        assertEquals(
                List.of("2024-02", "2024-03"),
                march.months().stream().map(EntityMonth::month).toList());
        assertEquals(List.of("Washington"), values(march.mentionedWith().places()));
        assertEquals("/api/search?person=Donald%20Trump&from=2024-02-01&to=2024-03-31", march.search());
    }

    @Test
    void anUndatedEntityHasCountsButNoDates() throws IOException {
        EntityProfile paris =
                search.entityProfile(FacetField.PLACE, "Paris", null, null).orElseThrow();
        assertEquals(2, paris.articles());
        assertEquals(Instant.parse("2024-03-05T08:00:00Z"), paris.firstSeen());
        assertEquals(
                List.of("Emmanuel Macron", "Volodymyr Zelenskyy", "Ze"),
                values(paris.mentionedWith().people()));
        assertTrue(paris.mentionedWith().places().isEmpty(), "Paris is not mentioned with itself");
    }

    @Test
    void unknownAndBlockedNamesHaveNoProfileAndSourcesAreNotAKind() throws IOException {
        assertTrue(search.entityProfile(FacetField.PERSON, "Nobody Atall", null, null)
                .isEmpty());
        search.curation().apply(CurationAction.BLOCK, FacetField.PERSON, "Emmanuel Macron", null);
        assertTrue(search.entityProfile(FacetField.PERSON, "Emmanuel Macron", null, null)
                .isEmpty());
        assertEquals(
                List.of("Ze"),
                values(profile("Volodymyr Zelenskyy", null, null)
                        .months()
                        .get(2)
                        .mentionedWith()
                        .people()));
        InvalidSearchException source = assertThrows(
                InvalidSearchException.class,
                () -> search.entityProfile(FacetField.SOURCE, "Harbour Ledger", null, null));
        assertEquals("kind", source.parameter());
    }

    @Test
    void anEntityThatLeadsItsOwnFieldStillHasTenOthersAndItsOrganisations(@TempDir Path otherDir) throws IOException {
        List<EnrichedArticle> stories = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stories.add(new EnrichedArticle(
                    new Article(
                            "a" + i,
                            "Story " + i,
                            "Text " + i,
                            Instant.parse("2024-05-01T08:00:00Z"),
                            "Wire",
                            null,
                            null),
                    new Enrichment(
                            List.of("Ana Silva", "Other Person " + (char) ('A' + i)),
                            List.of(),
                            List.of(i < 2 ? "Port Authority" : "City Council"),
                            List.of())));
        }
        IndexedArticles.write(otherDir, stories.toArray(EnrichedArticle[]::new));
        try (LuceneArticleSearch other = LuceneArticleSearch.open(otherDir)) {
            EntityProfile ana = other.entityProfile(FacetField.PERSON, "Ana Silva", null, null)
                    .orElseThrow();
            List<CoMention> people = ana.mentionedWith().people();
            assertEquals(10, people.size(), people.toString());
            assertFalse(values(people).contains("Ana Silva"));
            assertEquals(
                    List.of("City Council", "Port Authority"),
                    values(ana.mentionedWith().orgs()));
            assertEquals(
                    List.of(10L, 2L),
                    ana.mentionedWith().orgs().stream().map(CoMention::count).toList());
            assertEquals(
                    List.of("City Council", "Port Authority"),
                    values(ana.months().getFirst().mentionedWith().orgs()));
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        InvalidSearchException backwards = assertThrows(
                InvalidSearchException.class,
                () -> profile("Donald Trump", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-01-01")));
        assertEquals("from", backwards.parameter());
    }

    @Test
    void aQuietPeriodOfAKnownEntityIsAnEmptyProfileNotAMissingOne() throws IOException {
        EntityProfile quiet = profile("Donald Trump", LocalDate.parse("2025-01-01"), null);
        assertEquals(0, quiet.articles());
        assertNull(quiet.firstSeen());
        assertTrue(quiet.months().isEmpty());
    }

    private EntityProfile profile(String person, LocalDate from, LocalDate to) throws IOException {
        return search.entityProfile(FacetField.PERSON, person, from, to).orElseThrow();
    }

    private static List<String> values(List<CoMention> mentions) {
        return mentions.stream().map(CoMention::value).toList();
    }
}
