package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An earlier run of the search benchmark (the summary {@code --json} wrote), to tell whether a later run of the same
 * benchmark on the same machine got slower: each cell's QPS now against then, and the cells that lost more than a
 * tolerance. On a shared machine one run's rate moves by up to a quarter, so a cell flagged once is a reason to run
 * again, not yet a verdict.
 */
public final class SearchBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cell in both runs. */
    public record Change(Measurement before, Measurement now) {
        public String path() {
            return now.path();
        }

        public String variant() {
            return now.variant();
        }

        public int clients() {
            return now.clients();
        }

        public double qpsRatio() {
            return now.qps() / before.qps();
        }
    }

    /**
     * What the later run did against the baseline.
     *
     * @param slower the cells whose QPS fell by more than the tolerance
     * @param unmatched cells of the later run that the baseline does not have
     */
    public record Comparison(List<Change> changes, List<Change> slower, List<String> unmatched, double maxSlowdown) {

        /** A Markdown table of every cell, the slower ones marked. */
        public String table() {
            StringBuilder table = new StringBuilder(
                    "| path | variant | clients | QPS before | QPS now | now ÷ before | p50 ms before → now |  |\n"
                            + "|---|---|---:|---:|---:|---:|---|---|\n");
            for (Change change : changes) {
                table.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %.1f | %.1f | %.2f | %.2f → %.2f | %s |%n",
                        change.path(),
                        change.variant(),
                        change.clients(),
                        change.before().qps(),
                        change.now().qps(),
                        change.qpsRatio(),
                        change.before().p50Ms(),
                        change.now().p50Ms(),
                        slower.contains(change) ? "**slower**" : ""));
            }
            table.append(String.format(
                    Locale.ROOT,
                    "%d of %d cells lost more than %.0f %% of their QPS%s%n",
                    slower.size(),
                    changes.size(),
                    100 * maxSlowdown,
                    unmatched.isEmpty() ? "" : "; not in the baseline: " + String.join(", ", unmatched)));
            return table.toString();
        }
    }

    private final Map<String, Measurement> cells;

    private SearchBaseline(Map<String, Measurement> cells) {
        this.cells = cells;
    }

    /** @throws IllegalArgumentException when {@code summary} is not a search benchmark's JSON summary */
    public static SearchBaseline read(Path summary) throws IOException {
        JsonNode root = JSON.readTree(summary.toFile());
        JsonNode measurements = root == null ? null : root.get("measurements");
        if (measurements == null
                || !measurements.isArray()
                || !"lede-search".equals(root.path("benchmark").asText())) {
            throw new IllegalArgumentException(
                    summary + " is not the summary of lede bench search (the file its --json option writes)");
        }
        Map<String, Measurement> cells = new LinkedHashMap<>();
        for (JsonNode cell : measurements) {
            Measurement measurement = JSON.treeToValue(cell, Measurement.class);
            cells.put(key(measurement), measurement);
        }
        return new SearchBaseline(cells);
    }

    /** @param maxSlowdown the share of a cell's QPS it may lose before it is flagged, e.g. 0.25 */
    public Comparison compare(SearchReport now, double maxSlowdown) {
        List<Change> changes = new ArrayList<>();
        List<Change> slower = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Measurement measurement : now.measurements()) {
            Measurement before = cells.get(key(measurement));
            if (before == null || before.qps() <= 0) {
                unmatched.add(key(measurement));
                continue;
            }
            Change change = new Change(before, measurement);
            changes.add(change);
            if (change.qpsRatio() < 1 - maxSlowdown) {
                slower.add(change);
            }
        }
        return new Comparison(List.copyOf(changes), List.copyOf(slower), List.copyOf(unmatched), maxSlowdown);
    }

    private static String key(Measurement measurement) {
        return measurement.path() + " " + measurement.variant() + " ×" + measurement.clients();
    }
}
