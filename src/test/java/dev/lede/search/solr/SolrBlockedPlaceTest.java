package dev.lede.search.solr;

import static dev.lede.search.SearchPages.filteredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.SearchPages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On SolrCloud too, a blocked place takes with it the country and region it alone brought to an article. */
@ExtendWith(SolrCloudExtension.class)
class SolrBlockedPlaceTest {

    private static final String US = "United States";

    @Test
    void countsFiltersAndArticlesLoseWhatOnlyTheBlockedPlaceBrought() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "blocked_places")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-blocked-places"));
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article(
                        "kenya",
                        List.of("Mombasa", "Las Vegas"),
                        List.of("Kenya", US),
                        "Mombasa County, Kenya",
                        "Nevada, United States"));
                sink.write(article(
                        "chicago",
                        List.of("Las Vegas", "Chicago"),
                        List.of(US),
                        "Nevada, United States",
                        "Illinois, United States"));
                sink.write(article("houston", List.of("Houston"), List.of(US), "Texas, United States"));
            }
            assertEquals(
                    new FacetValue(US, 3),
                    countries(search, SearchRequest.everything()).getFirst());

            search.curation().apply(CurationAction.BLOCK, FacetField.PLACE, "Las Vegas", null);

            assertEquals(
                    List.of(new FacetValue(US, 2), new FacetValue("Kenya", 1)),
                    countries(search, SearchRequest.everything()));
            assertEquals(Set.of("chicago", "houston"), ids(search, filteredBy(FacetField.COUNTRY, Set.of(), US)));
            assertEquals(
                    Set.of("chicago", "houston"),
                    ids(search, filteredBy(FacetField.COUNTRY, Set.of(FacetField.COUNTRY), US, "Peru")));
            assertEquals(
                    Set.of("kenya"),
                    ids(
                            search,
                            SearchRequest.builder()
                                    .excluded(Map.of(FacetField.COUNTRY, List.of(US)))
                                    .build()));
            assertEquals(Set.of("chicago", "houston"), ids(search, keywords("country:\"United States\"")));
            assertEquals(Set.of("chicago", "houston", "kenya"), ids(search, keywords("country:unit* OR Mombasa")));
            assertEquals(Set.of("kenya"), ids(search, keywords("story -country:\"United States\"")));
            assertEquals(Set.of("kenya"), ids(search, keywords("country:kenya OR country:peru")));
            assertEquals(
                    List.of(new FacetValue(US, 2)),
                    search.facetValues(SearchRequest.everything(), FacetField.COUNTRY, "Unit", 5));
            assertEquals(List.of("Kenya"), search.article("kenya").orElseThrow().countries());
            assertEquals(
                    List.of("Mombasa County, Kenya"),
                    search.article("kenya").orElseThrow().regions());
            assertEquals(
                    List.of("Illinois, United States"),
                    search.article("chicago").orElseThrow().regions());
        }
    }

    @Test
    void aBlockTakesACountryFromMoreArticlesThanSolrAllowsClausesWhateverTheirIds() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "many_blocked")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-many-blocked"));
            int withdrawn = 1_100;
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < withdrawn; i++) {
                    // Ids with the characters a query string or the terms parser could stumble on.
                    String id = i % 3 == 0 ? "wire, \"" + i + "\" \\ |;" : "wire-" + i;
                    sink.write(article(id, List.of("Las Vegas"), List.of(US), "Nevada, United States"));
                }
                sink.write(article("houston", List.of("Houston"), List.of(US), "Texas, United States"));
            }
            search.curation().apply(CurationAction.BLOCK, FacetField.PLACE, "Las Vegas", null);

            assertEquals(List.of(new FacetValue(US, 1)), countries(search, SearchRequest.everything()));
            assertEquals(Set.of("houston"), ids(search, filteredBy(FacetField.COUNTRY, Set.of(), US)));
            assertEquals(Set.of("houston"), ids(search, keywords("country:\"United States\"")));
            assertEquals(
                    (long) withdrawn,
                    search.search(SearchRequest.builder()
                                    .excluded(Map.of(FacetField.COUNTRY, List.of(US)))
                                    .size(0)
                                    .build())
                            .total());
        }
    }

    private static SearchRequest keywords(String query) {
        return SearchRequest.builder().query(query).build();
    }

    private static List<FacetValue> countries(SolrArticleSearch search, SearchRequest request) throws Exception {
        return search.search(request).facets().get(FacetField.COUNTRY.plural());
    }

    private static Set<String> ids(SolrArticleSearch search, SearchRequest request) throws Exception {
        return SearchPages.ids(search.search(request));
    }

    private static EnrichedArticle article(String id, List<String> places, List<String> countries, String... regions) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Story " + id,
                        "A story from " + String.join(" and ", places) + ".",
                        Instant.parse("2025-02-01T00:00:00Z"),
                        "Wire",
                        null,
                        null),
                new Enrichment(List.of(), places, List.of(), countries, List.of(), null, List.of(regions)));
    }
}
