package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.eval.ReutersRecord;
import dev.lede.eval.TopicRanking;
import dev.lede.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's keyword ranking through a real Lucene index, with stories written for the test. */
class LuceneRankingTest {

    @Test
    void judgesTheRankingByTopicsAndLeavesUntaggedStoriesOut() {
        List<ReutersRecord> stories = List.of(
                story("r1", "Cocoa exporters meet", "Cocoa producers said cocoa stocks rose.", "cocoa"),
                story(
                        "r2",
                        "Ivory Coast cocoa crop",
                        "The cocoa harvest in the main growing areas was large.",
                        "cocoa"),
                story("r3", "Cocoa cocoa cocoa", "Cocoa prices, cocoa futures and cocoa butter led cocoa trade.", null),
                story(
                        "r4",
                        "Brazil coffee quotas",
                        "Coffee exporters met in London to talk about coffee quotas, export prices, shipments, the"
                                + " weather in the growing areas, the harvest, freight rates and, once, cocoa.",
                        "coffee"));

        TopicRanking.Result result = TopicRanking.run(stories, false, new LuceneRanking());

        TopicRanking.QueryScore cocoa = score(result, "cocoa");
        assertEquals(2, cocoa.relevant());
        assertEquals(1.0, cocoa.precision(), 1e-9);
        assertEquals(1.0, cocoa.averagePrecision(), 1e-9, "the untagged story, ranked first, is no miss");
        TopicRanking.QueryScore coffee = score(result, "coffee");
        assertEquals(1.0, coffee.ndcg(), 1e-9);
        assertEquals(2, result.queries().size(), "topics no story carries are not asked");
        assertEquals(1, result.tuning().queries());
        assertEquals(1, result.heldOut().queries());
        assertEquals(3, result.judgedStories());
    }

    private static TopicRanking.QueryScore score(TopicRanking.Result result, String topic) {
        return result.queries().stream()
                .filter(query -> query.topic().equals(topic))
                .findFirst()
                .orElseThrow();
    }

    private static ReutersRecord story(String id, String title, String body, String topic) {
        Article article = new Article(id, title, body, Instant.parse("1987-03-03T12:00:00Z"), "Wire", null, null, null);
        return new ReutersRecord(article, List.of(), List.of(), topic == null ? List.of() : List.of(topic));
    }
}
