package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SolrCloudExtension.class)
class SolrRecentSortTest {

    @Test
    void recentLiftsANewerWeakerMatchAboveAnOlderStrongerOne() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "recent_sort")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("old-strong", "Tram tram tram", "The tram, the tram and the tram.", "2019-05-01"));
                sink.write(article("new-weak", "City council news", "A tram was mentioned once.", "2025-05-01"));
            }
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-recent"));
            SearchRequest tram = SearchRequest.forQuery("tram");

            assertEquals(List.of("old-strong", "new-weak"), ids(search, tram));
            SearchRequest recent = tram.toBuilder().sort(SortOrder.RECENT).build();
            assertEquals(List.of("new-weak", "old-strong"), ids(search, recent));

            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("much-later", "Budget talks", "Nothing about transport.", "2045-05-01"));
            }
            assertEquals(
                    List.of("old-strong", "new-weak"),
                    ids(search, recent),
                    "ages count from the newest article, committed since: twenty years on, neither match is recent");
        }
    }

    private static List<String> ids(SolrArticleSearch search, SearchRequest request) throws Exception {
        return search.search(request).hits().stream().map(Hit::id).toList();
    }

    private static EnrichedArticle article(String id, String title, String body, String day) {
        return new EnrichedArticle(
                new Article(id, title, body, Instant.parse(day + "T12:00:00Z"), "Wire", null, null), Enrichment.NONE);
    }
}
