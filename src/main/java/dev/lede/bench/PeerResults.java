package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run of the peer harness ({@code ../shared/bench/solr-peer}, its {@code results-*.json}) on the same corpus and mix,
 * set beside this run: each cell's QPS and p99 as a ratio of the peer's, against the targets of issue 11 (QPS at least
 * a multiple of the peer's, p99 at most a share of it). Only the HTTP cells are compared: the peer is timed over HTTP.
 */
public final class PeerResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cell of the peer's run. */
    public record PeerCell(String variant, int clients, double qps, double p50Ms, double p95Ms, double p99Ms) {}

    /**
     * One cell in both runs, and whether it meets the targets.
     *
     * @param floor Lede's empty search at the same client count, or {@code null} when the run did not time it
     */
    public record Row(PeerCell peer, Measurement lede, Measurement floor, boolean qpsMet, boolean p99Met) {
        public double qpsRatio() {
            return lede.qps() / peer.qps();
        }

        public double p99Ratio() {
            return lede.p99Ms() / peer.p99Ms();
        }

        /** Whether reaching {@code targets}' QPS would take more than Lede's HTTP path answers to an empty search. */
        public boolean targetAboveFloor(Targets targets) {
            return floor != null && peer.qps() * targets.minQpsRatio() > floor.qps();
        }
    }

    /**
     * This run beside the peer's.
     *
     * @param unmatched HTTP cells of this run the peer did not measure
     */
    public record Comparison(String engine, List<Row> rows, List<String> unmatched, Targets targets) {

        /** A Markdown table of every cell, then one line with the ranges and how many cells met each target. */
        public String table() {
            StringBuilder table = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| variant | clients | %1$s QPS | %1$s p50 / p95 / p99 ms | Lede QPS | Lede p50 / p95 / p99 ms"
                            + " | Lede ÷ %1$s QPS | Lede ÷ %1$s p99 | Lede empty search QPS |%n"
                            + "|---|---:|---:|---|---:|---|---:|---:|---:|%n",
                    engine));
            for (Row row : rows) {
                table.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.0f | %.1f / %.1f / %.1f | %.0f | %.1f / %.1f / %.1f | %s%.2f%s | %s%.2f%s | %s |%n",
                        row.peer().variant(),
                        row.peer().clients(),
                        row.peer().qps(),
                        row.peer().p50Ms(),
                        row.peer().p95Ms(),
                        row.peer().p99Ms(),
                        row.lede().qps(),
                        row.lede().p50Ms(),
                        row.lede().p95Ms(),
                        row.lede().p99Ms(),
                        row.qpsMet() ? "**" : "",
                        row.qpsRatio(),
                        row.qpsMet() ? "**" : "",
                        row.p99Met() ? "**" : "",
                        row.p99Ratio(),
                        row.p99Met() ? "**" : "",
                        row.floor() == null
                                ? "–"
                                : String.format(Locale.ROOT, "%.0f", row.floor().qps())));
            }
            table.append(summary()).append('\n');
            return table.toString();
        }

        /** How many cells' QPS target even an empty search does not reach, when the run timed one. */
        private String aboveFloor() {
            if (rows.stream().allMatch(row -> row.floor() == null)) {
                return "";
            }
            return String.format(
                    Locale.ROOT,
                    "; the QPS target is above Lede's empty-search rate in %d of %d cells",
                    rows.stream().filter(row -> row.targetAboveFloor(targets)).count(),
                    rows.size());
        }

        /** QPS and p99 ratios' ranges and the cells that met each target (bold in the table). */
        public String summary() {
            double minQps = rows.stream().mapToDouble(Row::qpsRatio).min().orElse(Double.NaN);
            double maxQps = rows.stream().mapToDouble(Row::qpsRatio).max().orElse(Double.NaN);
            double minP99 = rows.stream().mapToDouble(Row::p99Ratio).min().orElse(Double.NaN);
            double maxP99 = rows.stream().mapToDouble(Row::p99Ratio).max().orElse(Double.NaN);
            return String.format(
                    Locale.ROOT,
                    "Lede ÷ %s: QPS %.2f–%.2f× (≥ %.2f× in %d of %d cells), p99 %.2f–%.2f× (≤ %.2f× in %d of %d)%s%s",
                    engine,
                    minQps,
                    maxQps,
                    targets.minQpsRatio(),
                    rows.stream().filter(Row::qpsMet).count(),
                    rows.size(),
                    minP99,
                    maxP99,
                    targets.maxP99Ratio(),
                    rows.stream().filter(Row::p99Met).count(),
                    rows.size(),
                    aboveFloor(),
                    unmatched.isEmpty() ? "" : "; not measured by the peer: " + String.join(", ", unmatched));
        }
    }

    /**
     * What a cell must reach against the peer.
     *
     * @param minQpsRatio Lede's QPS at least this many times the peer's
     * @param maxP99Ratio Lede's p99 at most this share of the peer's
     */
    public record Targets(double minQpsRatio, double maxP99Ratio) {}

    private final String engine;
    private final Map<String, PeerCell> cells;
    private final Optional<Path> hitsFile;

    private PeerResults(String engine, Map<String, PeerCell> cells, Optional<Path> hitsFile) {
        this.engine = engine;
        this.cells = cells;
        this.hitsFile = hitsFile;
    }

    /** @throws IllegalArgumentException when {@code results} is not a peer harness's results file */
    public static PeerResults read(Path results) throws IOException {
        JsonNode root = JSON.readTree(results.toFile());
        JsonNode search = root == null ? null : root.get("search");
        if (search == null || !search.isArray() || search.isEmpty()) {
            throw new IllegalArgumentException(results + " is not a solr-peer results file (its results-*.json,"
                    + " not the .hits.jsonl or .samples.json beside it)");
        }
        Map<String, PeerCell> cells = new LinkedHashMap<>();
        for (JsonNode cell : search) {
            JsonNode latency = cell.path("latency_ms");
            PeerCell peerCell = new PeerCell(
                    cell.path("variant").asText(),
                    cell.path("threads").asInt(),
                    cell.path("qps").asDouble(),
                    latency.path("p50").asDouble(),
                    latency.path("p95").asDouble(),
                    latency.path("p99").asDouble());
            cells.put(key(peerCell.variant(), peerCell.clients()), peerCell);
        }
        return new PeerResults(engineOf(root), cells, hitsFile(root, results));
    }

    /** The peer's per-query numFound and facet counts, when its run wrote them and they are still there. */
    public Optional<Path> hitsFile() {
        return hitsFile;
    }

    public Comparison compare(SearchReport report, Targets targets) {
        List<Row> rows = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Measurement measurement : report.measurements()) {
            if (!measurement.path().equals("http")) {
                continue;
            }
            PeerCell peer = cells.get(key(measurement.variant(), measurement.clients()));
            if (peer == null || peer.qps() <= 0 || peer.p99Ms() <= 0) {
                unmatched.add(measurement.variant() + " ×" + measurement.clients());
                continue;
            }
            double qpsRatio = measurement.qps() / peer.qps();
            double p99Ratio = measurement.p99Ms() / peer.p99Ms();
            rows.add(new Row(
                    peer,
                    measurement,
                    report.floor(measurement.clients()).orElse(null),
                    qpsRatio >= targets.minQpsRatio(),
                    p99Ratio <= targets.maxP99Ratio()));
        }
        return new Comparison(engine, List.copyOf(rows), List.copyOf(unmatched), targets);
    }

    private static String engineOf(JsonNode root) {
        String harness = root.path("harness").asText("");
        return harness.startsWith("solr") || harness.isEmpty() ? "Solr" : harness;
    }

    /** The harness names its hits file with the path it wrote; a copied run has it beside the results instead. */
    private static Optional<Path> hitsFile(JsonNode root, Path results) {
        String named = root.path("hits_file").asText("");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Path asNamed = Path.of(named);
        Path beside = results.toAbsolutePath().resolveSibling(asNamed.getFileName());
        return Files.isRegularFile(asNamed)
                ? Optional.of(asNamed)
                : Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    private static String key(String variant, int clients) {
        return variant + " ×" + clients;
    }
}
