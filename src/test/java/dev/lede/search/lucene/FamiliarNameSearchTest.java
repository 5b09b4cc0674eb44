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
 * A familiar given name joins the full one in the facets of a real index where an organisation is named in articles
 * of each, and only there; deleting the article that named it parts them again.
 */
class FamiliarNameSearchTest {

    @TempDir
    Path indexDir;

    @Test
    void aFamiliarNameJoinsTheFullNameOnlyWhereAnOrganisationIsNamedWithEach() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("w1", List.of("Jim Wright"), List.of("House", "Democrats")),
                article("w2", List.of("Jim Wright"), List.of()),
                article("w3", List.of("James Wright"), List.of("Democrats")),
                article("s1", List.of("Bob Smith"), List.of("House")),
                article("s2", List.of("Robert Smith"), List.of("Syncrude")));

        List<FacetValue> people = people();

        assertTrue(people.contains(new FacetValue("Jim Wright", 3, List.of("James Wright"))), people.toString());
        assertTrue(people.contains(new FacetValue("Bob Smith", 1)), people.toString());
        assertTrue(people.contains(new FacetValue("Robert Smith", 1)), people.toString());
    }

    @Test
    void anOrganisationNamedInMostArticlesIsNoEvidence() throws IOException {
        EnrichedArticle[] articles = new EnrichedArticle[62];
        for (int i = 0; i < 60; i++) {
            articles[i] = article("r" + i, List.of(), List.of("Reuters"));
        }
        articles[60] = article("b1", List.of("Bill Brodsky"), List.of("Reuters"));
        articles[61] = article("b2", List.of("William Brodsky"), List.of("Reuters"));
        IndexedArticles.write(indexDir, articles);

        List<FacetValue> people = people();

        assertTrue(people.contains(new FacetValue("Bill Brodsky", 1)), people.toString());
        assertTrue(people.contains(new FacetValue("William Brodsky", 1)), people.toString());
    }

    @Test
    void rewritingTheArticleThatNamedTheOrganisationPartsThem() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("d1", List.of("Dick Darman"), List.of("Treasury")),
                article("d2", List.of("Richard Darman"), List.of("Treasury")),
                article("d3", List.of("Richard Darman"), List.of()));
        assertEquals(List.of(new FacetValue("Richard Darman", 3, List.of("Dick Darman"))), people());

        IndexedArticles.write(indexDir, article("d1", List.of("Dick Darman"), List.of("Allegis")));

        List<FacetValue> people = people();
        assertTrue(people.contains(new FacetValue("Dick Darman", 1)), people.toString());
        assertTrue(people.contains(new FacetValue("Richard Darman", 2)), people.toString());
    }

    private List<FacetValue> people() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return search.search(SearchRequest.everything()).facets().get("people");
        }
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, null, null, null),
                new Enrichment(people, List.of(), orgs, List.of()));
    }
}
