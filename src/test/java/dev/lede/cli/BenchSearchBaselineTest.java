package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.bench.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lede bench search --baseline} and {@code --peer}: a real index and server, a run compared with an earlier run's
 * summary and with a peer harness's results.
 */
class BenchSearchBaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path index;
    private static Path mix;
    private static Path summary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void indexAGeneratedCorpusAndRunTheBenchmarkOnce() throws IOException {
        Path corpus = folder.resolve("corpus.jsonl");
        new CorpusGenerator(5).writeTo(corpus, 100);
        index = folder.resolve("index");
        assertEquals(
                0,
                quietly(
                        "index",
                        "--index",
                        index.toString(),
                        "--nlp",
                        "off",
                        "--entities",
                        "given",
                        "--quiet",
                        corpus.toString()));
        JsonNode first = JSON.readTree(Files.readAllLines(corpus).getFirst());
        String word = List.of(first.get("body").asText().toLowerCase().split("[^a-z]+")).stream()
                .filter(w -> w.length() > 6)
                .findFirst()
                .orElseThrow();
        mix = folder.resolve("mix.queries.jsonl");
        Files.writeString(
                mix,
                "{\"id\":\"q1\",\"kind\":\"keyword\",\"terms\":[\"" + word + "\"],\"filters\":{},"
                        + "\"facet_date\":{\"start\":\"2006-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}}\n");
        summary = folder.resolve("first.json");
        assertEquals(0, quietly(benchArgs("--json", summary.toString())));
    }

    /** Runs a command with its output dropped; its exit code. */
    private static int quietly(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void aRunFarSlowerThanItsBaselineIsFlaggedAndExitsWithThree() throws IOException {
        Path fast = scaled(summary, 1000, "fast.json");

        assertEquals(3, run(benchArgs("--baseline", fast.toString())), err.toString());
        assertTrue(out.toString().contains("6 of 6 cells lost more than 25 % of their QPS"), out.toString());
    }

    @Test
    void aRunFasterThanItsBaselineExitsWithZero() throws IOException {
        Path slow = scaled(summary, 0.001, "slow.json");

        assertEquals(0, run(benchArgs("--baseline", slow.toString())), err.toString());
        assertTrue(out.toString().contains("0 of 6 cells lost more than 25 % of their QPS"), out.toString());
    }

    @Test
    void aBaselineThatIsNotASummaryIsAUsageError() throws IOException {
        assertEquals(2, run(benchArgs("--baseline", mix.toString())));
        assertTrue(err.toString().contains("--baseline"), err.toString());
    }

    @Test
    void aPeerRunIsSetBesideThisRunCellByCellWithItsHitsCompared() throws IOException {
        Path hits = folder.resolve("peer.hits.jsonl");
        assertEquals(0, quietly(benchArgs("--hits", hits.toString())));
        Path slowPeer = peerResults(summary, 0.001, hits, "results-slow.json");

        assertEquals(0, run(benchArgs("--peer", slowPeer.toString())), err.toString());

        String printed = out.toString();
        assertTrue(printed.contains("Lede ÷ Solr: QPS"), printed);
        assertTrue(printed.contains("(≥ 3.00× in 2 of 2 cells)"), printed);
        JsonNode vsPeer =
                JSON.readTree(printed.lines().findFirst().orElseThrow()).path("num_found_vs_peer");
        assertEquals(1, vsPeer.path("facets_only").path("compared").asInt(), vsPeer.toString());
        assertEquals(1, vsPeer.path("facets_only").path("equal").asInt(), vsPeer.toString());
        assertEquals(1, vsPeer.path("facets_only").path("facets_equal").asInt(), vsPeer.toString());
    }

    @Test
    void aPeerFileThatIsNotAResultsFileIsAUsageError() {
        assertEquals(2, run(benchArgs("--peer", mix.toString())));
        assertTrue(err.toString().contains("--peer"), err.toString());
    }

    /** A solr-peer results file whose cells run at {@code factor} times this summary's HTTP cells. */
    private static Path peerResults(Path summary, double factor, Path hits, String name) throws IOException {
        ObjectNode results = JSON.createObjectNode();
        results.put("harness", "solr-peer-bench 0.1.0");
        results.put("hits_file", hits.toString());
        var search = results.putArray("search");
        for (JsonNode cell : JSON.readTree(summary.toFile()).get("measurements")) {
            if (cell.get("path").asText().equals("http")) {
                ObjectNode peerCell = search.addObject();
                peerCell.put("variant", cell.get("variant").asText());
                peerCell.put("threads", cell.get("clients").asInt());
                peerCell.put("qps", cell.get("qps").asDouble() * factor);
                ObjectNode latency = peerCell.putObject("latency_ms");
                latency.put("p50", cell.get("p50Ms").asDouble() / factor);
                latency.put("p95", cell.get("p95Ms").asDouble() / factor);
                latency.put("p99", cell.get("p99Ms").asDouble() / factor);
            }
        }
        Path file = folder.resolve(name);
        JSON.writeValue(file.toFile(), results);
        return file;
    }

    private static String[] benchArgs(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "bench",
                "search",
                "--index",
                index.toString(),
                "--queries",
                mix.toString(),
                "--clients",
                "1,2",
                "--passes",
                "1",
                "--warmup",
                "0",
                "--variants",
                "facets_only"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The summary with every cell's QPS multiplied by {@code factor}. */
    private static Path scaled(Path summary, double factor, String name) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(summary.toFile());
        for (JsonNode cell : root.get("measurements")) {
            ((ObjectNode) cell).put("qps", cell.get("qps").asDouble() * factor);
        }
        Path scaled = folder.resolve(name);
        JSON.writeValue(scaled.toFile(), root);
        return scaled;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
