package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecencyRankingTest {

    @TempDir
    Path indexDir;

    @Test
    void recentRankingLiftsANewerStoryAboveASlightlyBetterMatchFromYearsAgo() throws Exception {
        IndexedArticles.write(
                indexDir,
                article("old", "Ferry strike: ferry crews stop ferry services", "2019-05-01T08:00:00Z"),
                article("new", "Harbour news: ferry crews meet", "2025-05-01T08:00:00Z"),
                article("other", "Budget approved", "2025-04-01T08:00:00Z"));
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(List.of("old", "new"), ids(search, SortOrder.RELEVANCE));
            assertEquals(List.of("new", "old"), ids(search, SortOrder.RECENT));
        }
    }

    private static List<String> ids(LuceneArticleSearch search, SortOrder order) throws Exception {
        var request = SearchRequest.builder().query("ferry").sort(order).build();
        return search.search(request).hits().stream().map(Hit::id).toList();
    }

    private static EnrichedArticle article(String id, String title, String published) {
        return new EnrichedArticle(
                new Article(id, title, "Report: " + title, Instant.parse(published), null, null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
