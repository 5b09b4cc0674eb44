package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.Ingester;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search benchmark end to end: a generated corpus indexed on disk, a real server, a mix made from the corpus. */
class SearchBenchmarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path index;
    private static Path mix;

    @BeforeAll
    static void indexAGeneratedCorpusAndWriteAMix() throws IOException {
        Path corpus = folder.resolve("corpus/generated.jsonl");
        Files.createDirectories(corpus.getParent());
        new CorpusGenerator(9).writeTo(corpus, 200);
        index = folder.resolve("index");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            new Ingester(Parsers.standard(), Extractors.forMode(NlpMode.OFF), writer, 1, message -> {})
                    .ingest(List.of(corpus.getParent()));
        }
        JsonNode first = JSON.readTree(Files.readAllLines(corpus).getFirst());
        String[] words =
                first.get("body").asText().replaceAll("[^a-z ]", " ").trim().split(" +");
        String longWord =
                List.of(words).stream().filter(w -> w.length() > 6).findFirst().orElseThrow();
        mix = folder.resolve("mix.queries.jsonl");
        Files.writeString(
                mix,
                String.join(
                        "\n",
                        "# made from the first generated article",
                        "{\"id\":\"q1\",\"kind\":\"keyword\",\"terms\":[\"" + longWord + "\"],\"filters\":{},"
                                + "\"facet_date\":{\"start\":\"2006-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}}",
                        "{\"id\":\"q2\",\"kind\":\"and\",\"terms\":[\"" + longWord + "\",\"" + words[1] + "\"],"
                                + "\"filters\":{\"places\":[\"Nowhere\"]},"
                                + "\"published_range\":{\"from\":\"2006-01-01T00:00:00Z\",\"to\":\"2016-01-01T00:00:00Z\"},"
                                + "\"facet_date\":{\"start\":\"2006-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}}",
                        "",
                        "{\"id\":\"q3\",\"kind\":\"phrase\",\"terms\":[\"" + words[0].toLowerCase() + "\",\"" + words[1]
                                + "\"],\"filters\":{},"
                                + "\"facet_date\":{\"start\":\"2006-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}}"));
    }

    @Test
    void timesEveryVariantAtEveryClientCountOverHttpAndInTheJvmWithTheSameNumFound() throws Exception {
        SearchReport report = run(List.of(1, 2));
        List<Measurement> measurements = report.measurements();
        assertEquals(
                3 * 2 * 2 + 2, measurements.size(), "3 variants × 2 client counts × 2 paths, the empty search × 2");
        for (Measurement measurement : measurements) {
            assertEquals(0, measurement.errors(), measurement.toString());
            assertEquals(3 * 2, measurement.requests(), "3 queries × 2 passes");
            assertTrue(measurement.qps() > 0 && measurement.p50Ms() <= measurement.p99Ms(), measurement.toString());
        }
        assertEquals(Map.of("full", 0L, "facets_only", 0L, "sort_published", 0L), report.disagreements());
        assertTrue(report.sumNumFound().get("full") > 0, "words of a corpus article find it: " + report.sumNumFound());
        JsonNode summary = JSON.readTree(report.json());
        assertEquals(200, summary.get("articles").asInt());
        assertEquals(14, summary.get("measurements").size());
        assertTrue(report.table().contains("| facets_only | 2 |"), report.table());
        assertTrue(report.floor(2).isPresent(), "the empty search is timed at each client count");
        assertTrue(
                report.table().contains("The floor, an empty search over the same HTTP path (/api/search?size=0"),
                report.table());
    }

    @Test
    void timesEachQueryOfEachVariantAloneSlowestFirstWithWhatItFound() throws Exception {
        List<QueryTimes.Timed> times;
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            times = QueryTimes.measure(search, mix, List.of("full", "facets_only"), 2);
            SearchReport report = new SearchBenchmark(
                            search, mix, new SearchBenchmark.Settings(List.of(1), 1, 0, List.of("full"), null), quiet())
                    .run();
            long found = times.stream()
                    .filter(timed -> timed.variant().equals("full"))
                    .mapToLong(QueryTimes.Timed::numFound)
                    .sum();
            assertEquals(report.sumNumFound().get("full"), found);
        }
        assertEquals(2 * 3, times.size(), "2 variants × 3 queries");
        assertTrue(times.stream().allMatch(timed -> timed.bestMs() > 0), times.toString());
        Path file = folder.resolve("per-query.jsonl");
        QueryTimes.write(times, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(6, lines.size());
        double previous = Double.MAX_VALUE;
        for (String line : lines) {
            double ms = JSON.readTree(line).get("bestMs").asDouble();
            assertTrue(ms <= previous, "slowest first: " + lines);
            previous = ms;
        }
        Map<String, Map<String, Double>> shares = QueryTimes.shareByKind(times);
        assertEquals(
                Set.of("keyword", "and+filters", "phrase"), shares.get("full").keySet());
        assertEquals(
                1.0,
                shares.get("full").values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum(),
                1e-9);
    }

    @Test
    void theBlockingSocketClientGetsTheSameAnswersAsTheJdkClient() throws Exception {
        SearchReport jdk = run(List.of(1));
        SearchReport socket;
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            SearchBenchmark.Settings settings = new SearchBenchmark.Settings(
                    List.of(1, 2), 2, 1, List.of("full", "facets_only"), null, SearchBenchmark.Client.SOCKET);
            socket = new SearchBenchmark(search, mix, settings, quiet()).run();
        }
        for (Measurement measurement : socket.measurements()) {
            assertEquals(0, measurement.errors(), measurement.toString());
        }
        assertEquals(Map.of("full", 0L, "facets_only", 0L), socket.disagreements());
        assertEquals(jdk.sumNumFound().get("full"), socket.sumNumFound().get("full"));
        assertEquals("socket", JSON.readTree(socket.json()).get("http_client").asText());
        assertEquals("jdk", JSON.readTree(jdk.json()).get("http_client").asText());
    }

    @Test
    void comparesNumFoundWithAnotherEnginesHitsFile() throws Exception {
        SearchReport report = run(List.of(1));
        Path hits = folder.resolve("peer.hits.jsonl");
        try (OutputStream out = Files.newOutputStream(hits)) {
            out.write("{\"id\":\"q1\",\"variant\":\"full\",\"num_found\":1}\n".getBytes());
            out.write("{\"id\":\"q2\",\"variant\":\"full\",\"num_found\":0}\n".getBytes());
            out.write("{\"id\":\"q3\",\"variant\":\"full\",\"status\":500}\n".getBytes());
        }
        Map<String, Object> comparison = report.compareWith(PeerHits.read(hits));
        @SuppressWarnings("unchecked")
        Map<String, Object> full = (Map<String, Object>) comparison.get("full");
        assertEquals(2, full.get("compared"));
        assertTrue((int) full.get("equal") >= 1, "q2 finds nothing in either: " + full);
    }

    @Test
    void aRunComparedWithItsOwnHitsFileAgreesOnEveryNumFoundAndFacetCountButNotWithChangedCounts() throws Exception {
        SearchReport report = run(List.of(1));
        Path own = folder.resolve("own.hits.jsonl");
        Files.writeString(own, report.hitsJsonLines());
        @SuppressWarnings("unchecked")
        Map<String, Object> full =
                (Map<String, Object>) report.compareWith(PeerHits.read(own)).get("full");
        assertEquals(3, full.get("compared"));
        assertEquals(3, full.get("equal"));
        assertEquals(3, full.get("facets_compared"));
        assertEquals(3, full.get("facets_equal"));

        Path changed = folder.resolve("changed.hits.jsonl");
        Files.writeString(
                changed,
                report.hitsJsonLines()
                        .replaceAll("\"published\":\\{\"(\\d{4}-\\d{2})\":\\d+", "\"published\":{\"$1\":999"));
        @SuppressWarnings("unchecked")
        Map<String, Object> differing =
                (Map<String, Object>) report.compareWith(PeerHits.read(changed)).get("full");
        assertEquals(3, differing.get("equal"), "numFound unchanged");
        assertTrue((int) differing.get("facets_equal") < 3, "a changed month count is found: " + differing);
    }

    @Test
    void anUnknownVariantIsRefusedBeforeAnythingRuns() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> new SearchBenchmark(search, mix, settings(List.of(1), List.of("fastest")), quiet()));
            assertTrue(refused.getMessage().contains("fastest"), refused.getMessage());
        }
    }

    private static SearchReport run(List<Integer> clients) throws Exception {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            return new SearchBenchmark(
                            search, mix, settings(clients, List.of("full", "facets_only", "sort_published")), quiet())
                    .run();
        }
    }

    private static SearchBenchmark.Settings settings(List<Integer> clients, List<String> variants) {
        return new SearchBenchmark.Settings(clients, 2, 1, variants, null);
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }
}
