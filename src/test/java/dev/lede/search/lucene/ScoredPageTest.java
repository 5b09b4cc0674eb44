package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page sorted by score is found one of two ways — each match scored, or Lucene's block-max skipping — by how many
 * matches there are and whether a filter narrows them; both must give the same page.
 */
class ScoredPageTest {

    private static final int ARTICLES = FacetedSearch.SCORE_EACH_UNFILTERED_MATCH_UP_TO + 700;

    @TempDir
    static Path indexDir;

    @BeforeAll
    static void indexArticlesThatAllHaveThePhraseSomeOftenerThanOthers() throws Exception {
        Random random = new Random(11);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder();
                for (int sentence = 0, n = 1 + random.nextInt(12); sentence < n; sentence++) {
                    body.append("The harbour tram ran late again. ");
                    for (int filler = random.nextInt(20); filler > 0; filler--) {
                        body.append("quay ");
                    }
                }
                Instant published = Instant.parse("2020-01-01T08:00:00Z").plusSeconds(3_600L * random.nextInt(20_000));
                writer.write(new EnrichedArticle(
                        new Article("a" + i, "Report " + i, body.toString(), published, null, null, null),
                        new Enrichment(List.of(), List.of(), List.of(), List.of())));
            }
            writer.commit();
        }
    }

    @Test
    void anUnfilteredPhraseOfManyMatchesGetsTheSamePageAsTheSameSearchNarrowedToEveryArticle() throws Exception {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            for (int page = 1; page <= 3; page++) {
                SearchRequest unfiltered = SearchRequest.builder()
                        .query("\"harbour tram\"")
                        .page(page)
                        .build();
                SearchRequest everyDay = unfiltered.toBuilder()
                        .published(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1))
                        .build();

                SearchPage skipping = search.search(unfiltered);
                SearchPage scoringEach = search.search(everyDay);

                assertEquals(ARTICLES, skipping.total());
                assertTrue(skipping.total() > FacetedSearch.SCORE_EACH_UNFILTERED_MATCH_UP_TO);
                assertEquals(ids(scoringEach), ids(skipping), "page " + page);
                assertEquals(unfiltered.size(), ids(skipping).size());
            }
        }
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(Hit::id).toList();
    }
}
