package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.NlpMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real benchmark run on a few articles: every stage handles all of them, through the real index on disk. */
class IngestBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void everyStageHandlesTheSameArticlesAndTheEndToEndRunIndexesThemAllWithoutTheCrfWhenOnlyOffIsAsked()
            throws Exception {
        Path corpus = Files.writeString(dir.resolve("stories.jsonl"), BenchCorpusTest.jsonLines(12));
        IngestBenchmark benchmark = new IngestBenchmark(
                new IngestBenchmark.Options(corpus, 10, 2, List.of(NlpMode.OFF), List.of(NlpMode.OFF), 2, 1, 1, "test"),
                new PrintWriter(new StringWriter()));
        JsonNode stages = new ObjectMapper().readTree(benchmark.run().json()).get("stages");
        List<String> names = new ArrayList<>();
        for (JsonNode stage : stages) {
            names.add(stage.get("stage").asText());
            assertEquals(10, stage.get("articles").asInt(), stage.toString());
            assertTrue(stage.get("articlesPerSecond").asDouble() > 0, stage.toString());
        }
        assertEquals(List.of("lucene-bare", "lucene-same", "off", "ingest-off"), names);
    }

    @Test
    void roundsAlternateBothLuceneLoopsAndOffAndTheirMedianRoundsGiveBothRatios() throws Exception {
        Path corpus = Files.writeString(dir.resolve("stories.jsonl"), BenchCorpusTest.jsonLines(12));
        IngestBenchmark benchmark = new IngestBenchmark(
                new IngestBenchmark.Options(corpus, 10, 2, List.of(NlpMode.OFF), List.of(), 2, 3, 1, "test"),
                new PrintWriter(new StringWriter()));
        JsonNode report = new ObjectMapper().readTree(benchmark.run().json());
        List<String> names = new ArrayList<>();
        report.get("stages").forEach(stage -> names.add(stage.get("stage").asText()));
        assertEquals(
                List.of(
                        "lucene-bare r1",
                        "lucene-same r1",
                        "off r1",
                        "lucene-bare r2",
                        "lucene-same r2",
                        "off r2",
                        "lucene-bare r3",
                        "lucene-same r3",
                        "off r3",
                        "lucene-bare",
                        "lucene-same",
                        "off"),
                names);
        assertTrue(report.get("ratios").get("off / lucene-bare").asDouble() > 0, report.toString());
        assertTrue(report.get("ratios").get("off / lucene-same").asDouble() > 0, report.toString());
    }

    @Test
    void nlpRoundsAlternateTheRecognizerAloneWithTheModeAndItsPipelineAndGiveTheRoundsRatios() throws Exception {
        Path corpus = Files.writeString(dir.resolve("stories.jsonl"), BenchCorpusTest.jsonLines(6));
        IngestBenchmark benchmark = new IngestBenchmark(
                new IngestBenchmark.Options(
                        corpus, 0, 2, List.of(NlpMode.FAST), List.of(NlpMode.FAST), 1, 1, 2, "test"),
                new PrintWriter(new StringWriter()));
        JsonNode report = new ObjectMapper().readTree(benchmark.run().json());
        List<String> names = new ArrayList<>();
        report.get("stages").forEach(stage -> {
            names.add(stage.get("stage").asText());
            assertEquals(6, stage.get("articles").asInt(), stage.toString());
        });
        assertEquals(
                List.of(
                        "lucene-bare",
                        "lucene-same",
                        "crf r1",
                        "fast r1",
                        "ingest-fast r1",
                        "crf r2",
                        "fast r2",
                        "ingest-fast r2",
                        "crf",
                        "fast",
                        "ingest-fast"),
                names);
        JsonNode ratios = report.get("ratios");
        for (String ratio :
                List.of("fast / crf", "fast / crf (median of rounds)", "ingest-fast / crf (median of rounds)")) {
            assertTrue(ratios.path(ratio).asDouble() > 0, ratio + " in " + ratios);
        }
    }
}
