package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organisation names join in the facets of a real index by what its articles name together: an acronym its expansion
 * where some article names both (two, for an acronym that takes more than initials), a firm's short name its full name
 * where most of its articles do.
 */
class OrganizationMergeSearchTest {

    @TempDir
    Path indexDir;

    @Test
    void aNameWrittenOnceDoesNotTakeOverAnAcronymNoArticleSpellsOut() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("n1", "NHS"),
                article("n2", "NHS"),
                article("n3", "NHS"),
                article("n4", "Norwood High School"));

        List<FacetValue> orgs = orgs();

        assertTrue(orgs.contains(new FacetValue("NHS", 3)), orgs.toString());
        assertTrue(orgs.contains(new FacetValue("Norwood High School", 1)), orgs.toString());
    }

    @Test
    void anArticleThatNamesBothJoinsTheAcronymToItsExpansion() throws IOException {
        IndexedArticles.write(indexDir, article("i1", "IMF"), article("i2", "International Monetary Fund"));
        assertTrue(orgs().contains(new FacetValue("IMF", 1)), orgs().toString());

        IndexedArticles.write(indexDir, article("i3", "International Monetary Fund", "IMF"));

        assertEquals(List.of(new FacetValue("International Monetary Fund", 3, List.of("IMF"))), orgs());
    }

    @Test
    void aShortNameMostOfWhoseArticlesNameTheFullNameJoinsIt() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("f1", "Ford Motor Co", "Ford"),
                article("f2", "Ford Motor Co", "Ford"),
                article("f3", "Ford"),
                article("c1", "Cargill", "Cargill UK Ltd"),
                article("c2", "Cargill"),
                article("c3", "Cargill"));

        List<FacetValue> orgs = orgs();

        assertTrue(orgs.contains(new FacetValue("Ford Motor Co", 3, List.of("Ford"))), orgs.toString());
        assertTrue(orgs.contains(new FacetValue("Cargill", 3)), "one in three names the unit: " + orgs);
    }

    @Test
    void anAcronymTakingMoreThanInitialsAndAShortNameWithoutALegalFormJoinTheirNames() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("c1", "International Cocoa Organization", "ICCO"),
                article("c2", "International Cocoa Organization", "ICCO"),
                article("c3", "ICCO"),
                article("a1", "Airbus Industrie", "Airbus"),
                article("a2", "Airbus Industrie", "Airbus"),
                article("a3", "Airbus"),
                article("a4", "Airbus Industrie"));

        List<FacetValue> orgs = orgs();

        assertTrue(
                orgs.contains(new FacetValue("International Cocoa Organization", 3, List.of("ICCO"))), orgs.toString());
        assertTrue(orgs.contains(new FacetValue("Airbus Industrie", 4, List.of("Airbus"))), orgs.toString());

        IndexedArticles.write(indexDir, article("c2", "International Cocoa Organization"));
        assertTrue(
                orgs().contains(new FacetValue("ICCO", 2)),
                "one article left names both, too few for so loose a spelling: " + orgs());
    }

    @Test
    void aDeletedArticleNoLongerCountsAsNamingBoth() throws IOException {
        IndexedArticles.write(
                indexDir, article("f1", "Ford Motor Co", "Ford"), article("f2", "Ford"), article("f3", "Ford"));
        assertTrue(orgs().contains(new FacetValue("Ford", 3)), orgs().toString());

        IndexedArticles.write(indexDir, article("f2", "Ford Motor Co", "Ford"));
        assertEquals(List.of(new FacetValue("Ford Motor Co", 3, List.of("Ford"))), orgs(), "f2 rewritten");

        IndexedArticles.write(indexDir, article("f2", "Ford"));
        assertTrue(orgs().contains(new FacetValue("Ford", 3)), "f2 rewritten again: " + orgs());
    }

    private List<FacetValue> orgs() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return search.search(SearchRequest.everything()).facets().get("orgs");
        }
    }

    private static EnrichedArticle article(String id, String... orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, null, null, null),
                new Enrichment(List.of(), List.of(), List.of(orgs), List.of()));
    }
}
