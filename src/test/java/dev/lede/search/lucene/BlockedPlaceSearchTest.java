package dev.lede.search.lucene;

import static dev.lede.search.SearchPages.filteredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.ArticleView;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.search.SearchPages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blocked place takes with it the country and region it alone brought to an article, over a real index: counts,
 * filters, query terms, hits and articles agree.
 */
class BlockedPlaceSearchTest {

    private static final String US = "United States";
    private static final String NEVADA = "Nevada, United States";
    private static final String ILLINOIS = "Illinois, United States";
    private static final String MOMBASA = "Mombasa County, Kenya";

    @TempDir
    Path indexDir;

    private LuceneArticleSearch search;

    @BeforeEach
    void indexArticles() throws IOException {
        IndexedArticles.write(
                indexDir,
                // "Old Town" once resolved to Las Vegas, which alone gave the Kenyan story the US and Nevada
                article("kenya", List.of("Mombasa", "Old Town", "Las Vegas"), List.of("Kenya", US), MOMBASA, NEVADA),
                article("chicago", List.of("Las Vegas", "Chicago"), List.of(US), NEVADA, ILLINOIS),
                article("named", List.of("Las Vegas", US), List.of(US), NEVADA),
                article("state", List.of("Las Vegas", "Nevada"), List.of(US), NEVADA),
                article("houston", List.of("Houston"), List.of(US), "Texas, United States"));
        search = LuceneArticleSearch.open(indexDir);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    @Test
    void aBlockedPlaceTakesTheCountryItAloneBroughtOutOfTheCounts() throws IOException {
        assertEquals(
                new FacetValue(US, 5), countries(SearchRequest.everything()).getFirst());
        block("Las Vegas");
        assertEquals(List.of(new FacetValue(US, 4), new FacetValue("Kenya", 1)), countries(SearchRequest.everything()));
        assertEquals(
                List.of(new FacetValue("Kenya", 1)),
                countries(SearchRequest.builder().query("Mombasa").build()));
    }

    @Test
    void filtersByTheCountryAgreeWithItsCount() throws IOException {
        block("Las Vegas");
        Set<String> american = Set.of("chicago", "named", "state", "houston");
        assertEquals(american, ids(filteredBy(FacetField.COUNTRY, Set.of(), US)));
        assertEquals(american, ids(filteredBy(FacetField.COUNTRY, Set.of(FacetField.COUNTRY), US, "Peru")));
        assertEquals(
                american,
                ids(SearchRequest.builder().query("country:\"United States\"").build()));
        assertEquals(
                Set.of("kenya"),
                ids(SearchRequest.builder()
                        .excluded(Map.of(FacetField.COUNTRY, List.of(US)))
                        .build()));
    }

    @Test
    void valueSearchAndProfileCountTheCountryAsTheFacetsDo() throws IOException {
        block("Las Vegas");
        assertEquals(
                List.of(new FacetValue(US, 4)),
                search.facetValues(SearchRequest.everything(), FacetField.COUNTRY, "Unit", 5));
        assertEquals(
                4,
                search.entityProfile(FacetField.COUNTRY, US, null, null)
                        .orElseThrow()
                        .articles());
    }

    @Test
    void articlesAndHitsKeepOnlyWhatTheirOtherPlacesOrTheirOwnWordsBring() throws IOException {
        block("Las Vegas");
        ArticleView kenya = search.article("kenya").orElseThrow();
        assertEquals(List.of("Mombasa", "Old Town"), kenya.places());
        assertEquals(List.of("Kenya"), kenya.countries());
        assertEquals(List.of(MOMBASA), kenya.regions());

        ArticleView chicago = search.article("chicago").orElseThrow();
        assertEquals(List.of(US), chicago.countries(), "Chicago is in the United States too");
        assertEquals(List.of(ILLINOIS), chicago.regions(), "Nevada came from Las Vegas alone");

        assertEquals(List.of(US), search.article("named").orElseThrow().countries(), "the story names the country");
        assertEquals(List.of(NEVADA), search.article("state").orElseThrow().regions(), "the story names the state");

        Hit hit = search.search(SearchRequest.forQuery("Mombasa")).hits().getFirst();
        assertEquals(List.of("Kenya"), hit.countries());
    }

    @Test
    void undoingTheBlockBringsTheCountryBack() throws IOException {
        long id = block("Las Vegas");
        search.curation().undo(id);
        assertEquals(
                new FacetValue(US, 5), countries(SearchRequest.everything()).getFirst());
        assertEquals(List.of("Kenya", US), search.article("kenya").orElseThrow().countries());
    }

    @Test
    void blockingAPlaceTheGazetteerDoesNotKnowChangesNoCountry() throws IOException {
        block("Old Town");
        assertEquals(List.of(new FacetValue(US, 5), new FacetValue("Kenya", 1)), countries(SearchRequest.everything()));
        assertEquals(List.of("Kenya", US), search.article("kenya").orElseThrow().countries());
    }

    @Test
    void eachBlockedPlaceTakesOnlyItsOwnCountry() throws IOException {
        block("Mombasa");
        assertEquals(List.of(new FacetValue(US, 5)), countries(SearchRequest.everything()));
        ArticleView kenya = search.article("kenya").orElseThrow();
        assertEquals(List.of(US), kenya.countries());
        assertEquals(List.of(NEVADA), kenya.regions());
        assertEquals(Set.of(), ids(filteredBy(FacetField.COUNTRY, Set.of(), "Kenya")));
    }

    @Test
    void newCommitsReplacedArticlesAndLaterBlocksKeepTheCountsRight() throws IOException {
        block("Las Vegas");
        IndexedArticles.write(
                indexDir,
                article("reno", List.of("Las Vegas"), List.of(US), NEVADA),
                // Chicago no longer named: the replaced story's US came from Las Vegas alone
                article("chicago", List.of("Las Vegas"), List.of(US), NEVADA));

        assertEquals(List.of(new FacetValue(US, 3), new FacetValue("Kenya", 1)), countries(SearchRequest.everything()));
        assertEquals(Set.of("named", "state", "houston"), ids(filteredBy(FacetField.COUNTRY, Set.of(), US)));

        block("Houston");
        assertEquals(List.of(new FacetValue(US, 2), new FacetValue("Kenya", 1)), countries(SearchRequest.everything()));
        assertEquals(
                Set.of("named", "state"),
                ids(SearchRequest.builder().query("country:\"United States\"").build()));
    }

    @Test
    void aCountryTakenBackCountsEachOtherArticleOnceWhereAnotherOfItsNamesIsMergedIntoIt(@TempDir Path otherDir)
            throws IOException {
        IndexedArticles.write(
                otherDir,
                article("kenya", List.of("Mombasa", "Las Vegas"), List.of("Kenya", US), MOMBASA, NEVADA),
                article("usa", List.of("Houston"), List.of("USA"), "Texas, United States"),
                article("both", List.of("Chicago"), List.of(US, "USA"), ILLINOIS));
        try (LuceneArticleSearch other = LuceneArticleSearch.open(otherDir)) {
            other.curation().apply(CurationAction.MERGE, FacetField.COUNTRY, "USA", US);
            other.curation().apply(CurationAction.BLOCK, FacetField.PLACE, "Las Vegas", null);
            assertEquals(
                    List.of(new FacetValue(US, 2, List.of("USA")), new FacetValue("Kenya", 1)),
                    other.search(SearchRequest.everything()).facets().get("countries"));
            assertEquals(
                    List.of(new FacetValue(US, 2, List.of("USA"))),
                    other.search(SearchRequest.builder()
                                    .query("Houston OR Chicago OR Mombasa")
                                    .build())
                            .facets()
                            .get("countries")
                            .subList(0, 1));
        }
    }

    private long block(String place) {
        return search.curation()
                .apply(CurationAction.BLOCK, FacetField.PLACE, place, null)
                .id();
    }

    private List<FacetValue> countries(SearchRequest request) throws IOException {
        return search.search(request).facets().get("countries");
    }

    private static EnrichedArticle article(String id, List<String> places, List<String> countries, String... regions) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id + " " + String.join(" ", places), null, null, null, null),
                new Enrichment(List.of(), places, List.of(), countries, List.of(), null, List.of(regions)));
    }

    private Set<String> ids(SearchRequest request) throws IOException {
        return SearchPages.ids(search.search(request));
    }
}
