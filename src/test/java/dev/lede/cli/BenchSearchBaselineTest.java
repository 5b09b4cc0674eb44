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

/** {@code lede bench search --baseline}: a real index and server, a run compared with an earlier run's summary. */
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
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void aRunFarSlowerThanItsBaselineIsFlaggedAndExitsWithThree() throws IOException {
        Path fast = scaled(summary, 1000, "fast.json");

        assertEquals(3, run(benchArgs("--baseline", fast.toString())), err.toString());
        assertTrue(out.toString().contains("4 of 4 cells lost more than 25 % of their QPS"), out.toString());
    }

    @Test
    void aRunFasterThanItsBaselineExitsWithZero() throws IOException {
        Path slow = scaled(summary, 0.001, "slow.json");

        assertEquals(0, run(benchArgs("--baseline", slow.toString())), err.toString());
        assertTrue(out.toString().contains("0 of 4 cells lost more than 25 % of their QPS"), out.toString());
    }

    @Test
    void aBaselineThatIsNotASummaryIsAUsageError() throws IOException {
        assertEquals(2, run(benchArgs("--baseline", mix.toString())));
        assertTrue(err.toString().contains("--baseline"), err.toString());
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
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
