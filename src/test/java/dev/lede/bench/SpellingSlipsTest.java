package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EditDistance;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingSlipsTest {

    @Test
    void aSlipIsOneEditAndKeepsTheFirstLetter() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String slipped = SpellingSlips.slip("reservoir", random);
            assertEquals('r', slipped.charAt(0), slipped);
            assertTrue(EditDistance.between("reservoir", slipped) <= 1, slipped);
        }
    }

    @Test
    void everySlipOfAnIndexsHeadlinesPairsAndNamesEndsOneWayAndSlipsOfLongWordsAreRestored(@TempDir Path dir)
            throws Exception {
        List<String> headlines = List.of(
                "Reservoir levels fall",
                "Drought grips valley",
                "Council approves budget",
                "Minister resigns after scandal",
                "Harbour trams return");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(dir)) {
            for (int i = 0; i < headlines.size(); i++) {
                writer.write(new EnrichedArticle(
                        new Article(
                                "a" + i,
                                headlines.get(i),
                                headlines.get(i) + ", Marit Zuidervaart said.",
                                null,
                                null,
                                null,
                                null),
                        new Enrichment(
                                List.of("Marit Zuidervaart"), List.of(), List.of(), List.of(), List.of(), null)));
            }
            writer.commit();
        }
        try (LuceneArticleSearch search = LuceneArticleSearch.open(dir)) {
            SpellingSlips.Outcomes outcomes = SpellingSlips.run(search, 3, 8);
            Map<String, Integer> counts = outcomes.counts();

            assertEquals(
                    26, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
            assertEquals(
                    13,
                    counts.entrySet().stream()
                            .filter(outcome -> outcome.getKey().endsWith("as meant: kept"))
                            .mapToInt(Map.Entry::getValue)
                            .sum(),
                    "no query typed as meant is changed: " + outcomes.changed());
            assertTrue(counts.getOrDefault("pair restored", 0) >= 3, counts.toString());
            assertTrue(counts.getOrDefault("word restored", 0) >= 5, counts.toString());
            assertEquals(1, counts.getOrDefault("name restored", 0), counts.toString());
        }
    }
}
