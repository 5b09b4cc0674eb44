package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.ArticleView;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.MatchVisitor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An export long enough for batches of three sizes ({@value ArticleExport#FIRST_BATCH}, then twice and four times as
 * many) gives every match once, in the order of the search's own pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleExportTest {

    private static final int ARTICLES = 7 * ArticleExport.FIRST_BATCH + 700;

    @TempDir
    static Path indexDir;

    @BeforeAll
    void indexManyArticlesWithSharedDaysAndScores() throws IOException {
        EnrichedArticle[] articles = new EnrichedArticle[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            String body = "ferry " + "tide ".repeat(1 + i % 7) + "timetable number " + i;
            Instant published =
                    i % 11 == 0 ? null : Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * (i % 40));
            articles[i] = new EnrichedArticle(
                    new Article("a" + i, "Ferry " + i, body, published, "Wire", null, null), Enrichment.NONE);
        }
        IndexedArticles.write(indexDir, articles);
    }

    @ParameterizedTest
    @EnumSource(
            value = SortOrder.class,
            names = {"RELEVANCE", "NEWEST", "OLDEST"})
    void everyMatchComesOnceInTheOrderOfThePages(SortOrder sort) throws IOException {
        SearchRequest request = SearchRequest.builder().query("tide").sort(sort).build();
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            List<String> exported = new ArrayList<>();
            long[] announced = {-1};
            long visited = search.export(request, null, new MatchVisitor() {
                @Override
                public void begin(long total) {
                    announced[0] = total;
                }

                @Override
                public void article(ArticleView article) {
                    exported.add(article.id());
                }
            });
            assertEquals(ARTICLES, announced[0]);
            assertEquals(ARTICLES, visited);
            assertEquals(paged(search, request), exported);
        }
    }

    /** Every hit, following the cursor of each page of 100. */
    private static List<String> paged(LuceneArticleSearch search, SearchRequest request) throws IOException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = search.search(request.toBuilder().size(100).build(), cursor);
            page.hits().stream().map(Hit::id).forEach(ids::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }
}
