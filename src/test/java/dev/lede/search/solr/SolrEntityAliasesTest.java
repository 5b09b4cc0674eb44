package dev.lede.search.solr;

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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Merges are applied at query time on SolrCloud too, and follow each commit and each curation change at once. */
@ExtendWith(SolrCloudExtension.class)
class SolrEntityAliasesTest {

    @Test
    void aBareSurnameIndexedLaterIsCountedUnderTheFullNameAtOnce() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_now")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-aliases"));
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < 3; i++) {
                    sink.write(article("full-" + i, "Wanjiru Kamaune"));
                }
            }
            assertEquals(List.of(new FacetValue("Wanjiru Kamaune", 3)), people(search));

            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("bare-1", "Kamaune"));
            }

            assertEquals(List.of(new FacetValue("Wanjiru Kamaune", 4, List.of("Kamaune"))), people(search));
            assertEquals(
                    4,
                    search.search(SearchRequest.builder()
                                    .filter(FacetField.PERSON, List.of("Wanjiru Kamaune"))
                                    .build())
                            .total());
        }
    }

    @Test
    void aCuratedRenameShowsInTheNextSearch() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_curated")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-curated"));
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("a", "Joost Amerlaan"));
            }
            assertEquals("Joost Amerlaan", people(search).getFirst().value());

            search.curation().apply(CurationAction.RENAME, FacetField.PERSON, "Joost Amerlaan", "Joost Ammerlaan");

            assertEquals("Joost Ammerlaan", people(search).getFirst().value());
            assertEquals(
                    List.of("Joost Ammerlaan"),
                    search.article("a").orElseThrow().people());
        }
    }

    private static List<FacetValue> people(SolrArticleSearch search) throws Exception {
        return search.search(SearchRequest.everything()).facets().get(FacetField.PERSON.plural());
    }

    private static EnrichedArticle article(String id, String person) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Story " + id,
                        "A story that names " + person + ".",
                        Instant.parse("2025-02-01T00:00:00Z"),
                        "Wire",
                        null,
                        null),
                new Enrichment(List.of(person), List.of(), List.of(), List.of()));
    }
}
