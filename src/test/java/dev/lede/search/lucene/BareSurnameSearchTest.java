package dev.lede.search.lucene;

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
 * In the facets of a real index a bare surname joins the one full name with it only where the two keep company: an
 * article names both, or articles of each name the same person, place or organisation.
 */
class BareSurnameSearchTest {

    @TempDir
    Path indexDir;

    @Test
    void aBareSurnameJoinsTheFullNameOnlyInItsCompany() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("d1", List.of("Derek Wyatt"), List.of("Westminster"), List.of("Labour")),
                article("d2", List.of("Derek Wyatt"), List.of("Westminster"), List.of()),
                article("w1", List.of("Wyatt"), List.of(), List.of("Wasps")),
                article("k1", List.of("Charles Kennedy"), List.of("Inverness"), List.of()),
                article("k2", List.of("Kennedy", "Paddy Ashdown"), List.of("Inverness"), List.of()),
                article("e1", List.of("Keith Skeoch", "Skeoch"), List.of(), List.of()));

        List<FacetValue> people = people();

        assertTrue(people.contains(new FacetValue("Derek Wyatt", 2)), people.toString());
        assertTrue(people.contains(new FacetValue("Wyatt", 1)), "a rugby club is no company of the MP's: " + people);
        assertTrue(people.contains(new FacetValue("Charles Kennedy", 2, List.of("Kennedy"))), people.toString());
        assertTrue(people.contains(new FacetValue("Keith Skeoch", 1, List.of("Skeoch"))), people.toString());
    }

    @Test
    void aValueNamedInMostArticlesIsNoCompany() throws IOException {
        EnrichedArticle[] articles = new EnrichedArticle[62];
        for (int i = 0; i < 60; i++) {
            articles[i] = article("u" + i, List.of(), List.of("United States"), List.of());
        }
        articles[60] = article("r1", List.of("David Rice"), List.of("United States"), List.of("BHP Steel"));
        articles[61] = article("r2", List.of("Rice"), List.of("United States"), List.of("USDA"));
        IndexedArticles.write(indexDir, articles);

        List<FacetValue> people = people();

        assertTrue(people.contains(new FacetValue("Rice", 1)), people.toString());
        assertTrue(people.contains(new FacetValue("David Rice", 1)), people.toString());
    }

    private List<FacetValue> people() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return search.search(SearchRequest.everything()).facets().get("people");
        }
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places, List<String> orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, null, null, null),
                new Enrichment(people, places, orgs, List.of()));
    }
}
