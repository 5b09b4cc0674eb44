package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value merged on its own (a surname into the one full name that has it) whose members are each too rare for Solr
 * to send among the top values, but which together are the most mentioned: the facets still show it first, counted
 * as one, as the Lucene engine does.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrMergedFacetValuesTest {

    @TempDir
    Path stores;

    @Test
    void aMergedValueWhoseMembersWereNotSentStillLeadsTheFacet() throws Exception {
        List<List<String>> articles = new ArrayList<>();
        repeat(articles, 5, List.of("Alma Oduya"));
        repeat(articles, 5, List.of("Bruno Tessel"));
        repeat(articles, 5, List.of("Cora Vandijk"));
        repeat(articles, 3, List.of("Karl Brenner"));
        repeat(articles, 3, List.of("Brenner"));
        repeat(articles, 1, List.of("Karl Brenner", "Brenner"));
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "merged_unsent")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < articles.size(); i++) {
                    sink.write(withPeople("p" + i, articles.get(i)));
                }
            }
            try (SolrArticleSearch search = SolrArticleSearch.open(solr, stores)) {
                assertEquals(List.of("Karl Brenner 7 [Brenner]"), people(search, 1));
                assertEquals(List.of("Karl Brenner 7 [Brenner]", "Alma Oduya 5"), people(search, 2));
                assertEquals(
                        List.of("Karl Brenner 7 [Brenner]", "Alma Oduya 5", "Bruno Tessel 5", "Cora Vandijk 5"),
                        people(search, 10));
            }
        }
    }

    private static List<String> people(SolrArticleSearch search, int limit) throws Exception {
        SearchRequest request =
                SearchRequest.builder().size(0).facetLimit(limit).build();
        return search.search(request).facets().get("people").stream()
                .map(SolrMergedFacetValuesTest::shown)
                .toList();
    }

    private static String shown(FacetValue value) {
        return value.value() + " " + value.count() + (value.aliases().isEmpty() ? "" : " " + value.aliases());
    }

    private static void repeat(List<List<String>> articles, int times, List<String> people) {
        for (int i = 0; i < times; i++) {
            articles.add(people);
        }
    }

    private static EnrichedArticle withPeople(String id, List<String> people) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-04-02T09:00:00Z"), "Wire", null, null),
                new Enrichment(List.copyOf(people), List.of(), List.of(), List.of()));
    }
}
