package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static StageResult stage(String name, double seconds) {
        return new StageResult(name, 1000, 141_000, 900_000, 2, seconds, 2 * seconds, 1.5, 300);
    }

    private final BenchReport report = new BenchReport(
            "lede bench ingest --limit 1000",
            List.of(
                    stage("lucene-bare", 1),
                    stage("lucene-same", 2),
                    stage("crf", 4),
                    stage("off", 1.25),
                    stage("fast", 5)));

    @Test
    void ratiosCompareModesWithTheRecognizerAloneAndOffWithBothPlainLuceneLoops() {
        Map<String, Double> ratios = report.ratios();
        assertEquals(0.8, ratios.get("fast / crf"), 1e-9);
        assertEquals(0.8, ratios.get("off / lucene-bare"), 1e-9);
        assertEquals(1.6, ratios.get("off / lucene-same"), 1e-9);
        assertEquals(0.8, ratios.get("fast / crf (CPU)"), 1e-9);
        assertEquals(false, ratios.containsKey("full / crf"), "a stage that did not run gives no ratio");
        assertEquals(
                1 / (1 + 250.0 / 500.0),
                ratios.get(BenchReport.NLP_CEILING),
                1e-9,
                "crf at 250 articles a CPU-second, the same document's Lucene loop at 500: 2/3 at most");
    }

    @Test
    void theTableHasOneRowPerStageWithItsRates() {
        String table = report.table();
        assertTrue(table.lines().anyMatch(line -> line.startsWith("fast") && line.contains("200.0")), table);
        assertTrue(table.contains("off / lucene-bare = 0.80") && table.contains("off / lucene-same = 1.60"), table);
    }

    @Test
    void theJsonCarriesCommandMachineStagesAndRatios() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertEquals("lede bench ingest --limit 1000", json.get("command").asText());
        assertTrue(json.get("machine").get("cores").asInt() >= 1);
        assertEquals(5, json.get("stages").size());
        assertEquals(141_000.0, json.get("stages").get(0).get("tokensPerSecond").asDouble(), 1e-6);
        assertEquals(0.8, json.get("ratios").get("fast / crf").asDouble(), 1e-9);
    }

    @Test
    void withRoundsTheRatioOfEachRoundsPairIsTakenAndTheirMedianReported() {
        BenchReport rounds = new BenchReport(
                "lede bench ingest --nlp-rounds 3",
                List.of(
                        stage("lucene-same r1", 4),
                        stage("lucene-same r2", 1),
                        stage("lucene-same", 4),
                        stage("off r1", 5),
                        stage("off", 5),
                        stage("crf r1", 4),
                        stage("fast r1", 5),
                        stage("ingest-fast r1", 4.4),
                        stage("crf r2", 8),
                        stage("fast r2", 9),
                        stage("ingest-fast r2", 8.8),
                        stage("crf r3", 4),
                        stage("fast r3", 4.4),
                        stage("crf", 4),
                        stage("fast", 5),
                        stage("ingest-fast", 4.4)));
        Map<String, Double> ratios = rounds.ratios();
        assertEquals(false, ratios.containsKey("off / crf"), "off is not compared with the recognizer");
        assertEquals(8.0 / 9, ratios.get("fast / crf (median of rounds)"), 1e-9, "rounds 4/5, 8/9, 4/4.4");
        assertEquals(
                (4 / 4.4 + 8 / 8.8) / 2,
                ratios.get("ingest-fast / crf (median of rounds)"),
                1e-9,
                "two rounds have both stages: the mean of the middle two");
        assertEquals(4 / 4.4, ratios.get("ingest-fast / crf"), 1e-9);
        assertEquals(false, report.ratios().containsKey("fast / crf (median of rounds)"), "one round: no such ratio");
        assertEquals(
                1 / (1 + 250.0 / 1000.0),
                ratios.get(BenchReport.NLP_CEILING),
                1e-9,
                "the ceiling takes lucene-same's fastest round, 1,000 a CPU-second, not its median");
    }
}
