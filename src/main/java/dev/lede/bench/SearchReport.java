package dev.lede.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchPage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a search benchmark measured, as one JSON object and as a table. */
public final class SearchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One query's numFound in this JVM and over HTTP, or the error that stopped it.
     *
     * @param facets the in-JVM facet counts, named as in solr-peer's hits file ({@link #facetsOf})
     */
    record Found(String id, long inJvm, long overHttp, Map<String, Map<String, Long>> facets, String error) {}

    private final Map<String, Object> summary;
    private final List<Measurement> measurements;
    private final Map<String, List<Found>> found;

    private SearchReport(Map<String, Object> summary, List<Measurement> measurements, Map<String, List<Found>> found) {
        this.summary = summary;
        this.measurements = List.copyOf(measurements);
        this.found = found;
    }

    /** The {@code total} of a {@code /api/search} response. */
    static long total(byte[] response) throws IOException {
        return JSON.readTree(response).path("total").asLong(-1);
    }

    List<Measurement> measurements() {
        return measurements;
    }

    /** Queries whose numFound differs between the two paths or that failed, per variant. */
    Map<String, Long> disagreements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        found.forEach((variant, rows) -> counts.put(
                variant,
                rows.stream()
                        .filter(row -> row.error() != null || row.inJvm() != row.overHttp())
                        .count()));
        return counts;
    }

    /** Per variant, the numFound of every query added up: a quick check that two engines find the same. */
    Map<String, Long> sumNumFound() {
        Map<String, Long> sums = new LinkedHashMap<>();
        found.forEach((variant, rows) -> sums.put(
                variant,
                rows.stream().mapToLong(row -> Math.max(0, row.inJvm())).sum()));
        return sums;
    }

    /**
     * A page's facet counts as solr-peer's hits file names them: each counted field's values by its plural
     * ("people"), and the publication histogram's periods with articles as {@code published}.
     */
    static Map<String, Map<String, Long>> facetsOf(SearchPage page) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        page.facets().forEach((name, values) -> facets.put(name, counts(values)));
        if (page.published() != null) {
            facets.put(
                    "published",
                    counts(page.published().buckets().stream()
                            .filter(bucket -> bucket.count() > 0)
                            .toList()));
        }
        return facets;
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(value -> counts.put(value.value(), value.count()));
        return counts;
    }

    /**
     * Compares each query's numFound, and its facet counts where the other file records them, with another
     * engine's (solr-peer's hits file, or an earlier {@code --hits} file of Lede's), by variant and id.
     */
    public Map<String, Object> compareWith(Map<String, PeerHits.Answer> peer) {
        Map<String, Object> comparison = new LinkedHashMap<>();
        found.forEach((variant, rows) -> {
            int compared = 0;
            int equal = 0;
            int facetsCompared = 0;
            int facetsEqual = 0;
            List<String> differing = new ArrayList<>();
            for (Found row : rows) {
                PeerHits.Answer answer = peer.get(variant + "/" + row.id());
                if (answer == null) {
                    continue;
                }
                compared++;
                if (answer.numFound() == row.inJvm()) {
                    equal++;
                } else if (differing.size() < 10) {
                    differing.add(row.id() + ": lede " + row.inJvm() + ", peer " + answer.numFound());
                }
                if (answer.facets() != null && row.facets() != null) {
                    facetsCompared++;
                    String difference = facetDifference(row.facets(), answer.facets());
                    if (difference == null) {
                        facetsEqual++;
                    } else if (differing.size() < 10) {
                        differing.add(row.id() + ": " + difference);
                    }
                }
            }
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("compared", compared);
            counts.put("equal", equal);
            counts.put("facets_compared", facetsCompared);
            counts.put("facets_equal", facetsEqual);
            counts.put("differing", differing);
            comparison.put(variant, counts);
        });
        summary.put("num_found_vs_peer", comparison);
        return comparison;
    }

    /** The first facet whose counts differ, described, or {@code null}: only facets both sides recorded count. */
    private static String facetDifference(Map<String, Map<String, Long>> lede, Map<String, Map<String, Long>> peer) {
        for (Map.Entry<String, Map<String, Long>> facet : lede.entrySet()) {
            Map<String, Long> other = peer.get(facet.getKey());
            if (other != null && !other.equals(facet.getValue())) {
                return facet.getKey() + " lede " + facet.getValue() + ", peer " + other;
            }
        }
        return null;
    }

    /** One JSON line per query and variant (id, variant, num_found, facets), the shape of solr-peer's hits file. */
    public String hitsJsonLines() throws JsonProcessingException {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, List<Found>> variant : found.entrySet()) {
            for (Found row : variant.getValue()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", row.id());
                line.put("variant", variant.getKey());
                if (row.error() == null) {
                    line.put("num_found", row.inJvm());
                    line.put("facets", row.facets());
                } else {
                    line.put("error", row.error());
                }
                lines.append(JSON.writeValueAsString(line)).append('\n');
            }
        }
        return lines.toString();
    }

    public String json() throws JsonProcessingException {
        Map<String, Object> all = new LinkedHashMap<>(summary);
        all.put("sum_num_found", sumNumFound());
        all.put("num_found_http_vs_in_jvm_disagreements", disagreements());
        all.put("errors", errors());
        all.put("measurements", measurements);
        return JSON.writeValueAsString(all);
    }

    private List<String> errors() {
        return found.values().stream()
                .flatMap(List::stream)
                .filter(row -> row.error() != null)
                .limit(10)
                .map(row -> row.id() + ": " + row.error())
                .toList();
    }

    /**
     * A Markdown table: each variant and client count, both paths, and what HTTP adds at p50; then the empty search's
     * rate at each client count, the floor under the table's HTTP cells.
     */
    public String table() {
        StringBuilder table = new StringBuilder(
                "| variant | clients | HTTP QPS | HTTP p50 / p95 / p99 ms | in-JVM QPS | in-JVM p50 / p95 / p99 ms "
                        + "| HTTP overhead at p50 |\n|---|---:|---:|---|---:|---|---:|\n");
        for (Measurement http : measurements) {
            if (!http.path().equals("http")) {
                continue;
            }
            Measurement inJvm = measurements.stream()
                    .filter(m -> m.path().equals("in-jvm")
                            && m.variant().equals(http.variant())
                            && m.clients() == http.clients())
                    .findFirst()
                    .orElseThrow();
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f / %.1f / %.1f | %.1f | %.1f / %.1f / %.1f | %+.0f %% |%n",
                    http.variant(),
                    http.clients(),
                    http.qps(),
                    http.p50Ms(),
                    http.p95Ms(),
                    http.p99Ms(),
                    inJvm.qps(),
                    inJvm.p50Ms(),
                    inJvm.p95Ms(),
                    inJvm.p99Ms(),
                    inJvm.p50Ms() > 0 ? 100 * (http.p50Ms() / inJvm.p50Ms() - 1) : 0.0));
        }
        return table.append(floorLine()).toString();
    }

    private String floorLine() {
        List<String> cells = measurements.stream()
                .filter(m -> m.path().equals(SearchBenchmark.FLOOR_PATH))
                .map(m -> String.format(
                        Locale.ROOT, "%d client(s) %.0f QPS (p50 %.2f ms)", m.clients(), m.qps(), m.p50Ms()))
                .toList();
        return cells.isEmpty()
                ? ""
                : "The floor, an empty search over the same HTTP path (" + SearchBenchmark.EMPTY_SEARCH + "): "
                        + String.join(", ", cells) + "\n";
    }

    /** The empty search's measurement at {@code clients}, when this run timed one. */
    Optional<Measurement> floor(int clients) {
        return measurements.stream()
                .filter(m -> m.path().equals(SearchBenchmark.FLOOR_PATH) && m.clients() == clients)
                .findFirst();
    }

    /** Collects the parts while the benchmark runs. */
    static final class Builder {
        private final Map<String, Object> summary = new LinkedHashMap<>();
        private final List<Measurement> measurements = new ArrayList<>();
        private final Map<String, List<Found>> found = new LinkedHashMap<>();

        Builder(long articles, int queries, SearchBenchmark.Settings settings) {
            summary.put("benchmark", "lede-search");
            summary.put("started", Instant.now().toString());
            summary.put("articles", articles);
            summary.put("queries", queries);
            summary.put("clients", settings.clients());
            summary.put("passes", settings.passes());
            summary.put("global_warmups", settings.globalWarmups());
            summary.put(
                    "server",
                    settings.url() == null
                            ? "started in this JVM"
                            : settings.url().toString());
            summary.put("http_client", settings.client().label());
            summary.put("java", Runtime.version().toString());
            summary.put("cores", Runtime.getRuntime().availableProcessors());
            summary.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            summary.put(
                    "loadavg_at_start",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        void found(String variant, List<Found> rows) {
            found.put(variant, List.copyOf(rows));
        }

        void add(Measurement measurement) {
            measurements.add(measurement);
        }

        SearchReport build() {
            return new SearchReport(summary, measurements, found);
        }
    }
}
