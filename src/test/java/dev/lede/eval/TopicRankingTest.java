package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRankingTest {

    private static final double CLOSE = 1e-9;

    @Test
    void precisionReadsTheFirstTenOrAsManyAsAreRelevantAndCountsMissingPlacesAsMisses() {
        assertEquals(0.3, TopicRanking.precision(List.of(true, false, true, true), 40), CLOSE);
        assertEquals(0.75, TopicRanking.precision(List.of(true, false, true, true), 4), CLOSE);
        List<Boolean> ranking = new java.util.ArrayList<>(Collections.nCopies(10, false));
        ranking.set(9, true);
        ranking.addAll(Collections.nCopies(5, true));
        assertEquals(0.1, TopicRanking.precision(ranking, 40), CLOSE);
    }

    @Test
    void ndcgIsOneForTheBestRankingOfAsManyRelevantStoriesAsThereAre() {
        assertEquals(1.0, TopicRanking.ndcg(List.of(true, true, false), 2), CLOSE);
        double firstMissed = (1 / log2(3) + 1 / log2(4)) / (1 + 1 / log2(3));
        assertEquals(firstMissed, TopicRanking.ndcg(List.of(false, true, true), 2), CLOSE);
        assertEquals(1.0, TopicRanking.ndcg(Collections.nCopies(12, true), 40), CLOSE);
    }

    @Test
    void averagePrecisionDividesByTheRelevantStoriesTheDepthCanHold() {
        assertEquals(
                (1.0 / 2 + 2.0 / 4) / 3, TopicRanking.averagePrecision(List.of(false, true, false, true), 3), CLOSE);
        assertEquals(1.0, TopicRanking.averagePrecision(Collections.nCopies(100, true), 500), CLOSE);
    }

    @Test
    void everyQueryNamesATopicOnce() {
        assertEquals(
                TopicQueries.ALL.size(),
                TopicQueries.ALL.stream()
                        .map(TopicQueries.TopicQuery::topic)
                        .distinct()
                        .count());
    }

    @Test
    void aWholeCorpusRunIsHeldToTheFloorsAndReported() {
        TopicRanking.QueryScore cocoa =
                TopicRanking.score(new TopicQueries.TopicQuery("cocoa", "cocoa"), 3, List.of(true, false, true, true));
        TopicRanking.Means heldOut = new TopicRanking.Means(1, 0.74, 0.9, 0.8);
        TopicRanking.Result whole = new TopicRanking.Result(List.of(cocoa), heldOut, heldOut, 40, true);
        EvaluationReport report = new EvaluationReport("test", "fast", null, null, null, null, whole, null);

        assertEquals(
                List.of(
                        "Keyword ranking, held-out topics: precision at 10 FAIL",
                        "Keyword ranking, held-out topics:" + " nDCG at 10 PASS"),
                report.checks().stream()
                        .map(check -> check.name() + (check.passed() ? " PASS" : " FAIL"))
                        .toList());
        String markdown = ReportFormatter.markdown(report);
        assertTrue(markdown.contains("| cocoa | `cocoa` | 3 | 1.0 | 0.906 | 0.806 |"), markdown);
        assertTrue(markdown.contains("| held-out | 1 | 0.740 | 0.900 | 0.800 |"), markdown);
        TopicRanking.Result part = new TopicRanking.Result(List.of(cocoa), heldOut, heldOut, 40, false);
        assertTrue(new EvaluationReport("test", "fast", null, null, null, null, part, null)
                .checks()
                .isEmpty());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
