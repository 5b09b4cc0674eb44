package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerResultsTest {

    private static final PeerResults.Targets ISSUE_11 = new PeerResults.Targets(3, 0.5);

    @TempDir
    Path folder;

    @Test
    void eachHttpCellIsARatioOfThePeersAndTheTargetsAreCheckedCellByCell() throws IOException {
        PeerResults peer = PeerResults.read(results(peerCell("full", 1, 100, 10), peerCell("full", 2, 150, 20)));

        PeerResults.Comparison comparison = peer.compare(
                report(
                        cell("http", "full", 1, 320, 4),
                        cell("http", "full", 2, 200, 12),
                        cell("in-jvm", "full", 1, 900, 1)),
                ISSUE_11);

        assertEquals(2, comparison.rows().size(), "only the HTTP cells: the peer is timed over HTTP");
        PeerResults.Row first = comparison.rows().getFirst();
        assertEquals(3.2, first.qpsRatio(), 1e-9);
        assertEquals(0.4, first.p99Ratio(), 1e-9);
        assertTrue(first.qpsMet() && first.p99Met());
        PeerResults.Row second = comparison.rows().get(1);
        assertFalse(second.qpsMet(), "200 is 1.33× of 150");
        assertFalse(second.p99Met(), "12 ms is 0.6 of 20 ms");
        String table = comparison.table();
        assertTrue(
                table.contains(
                        "| full | 1 | 100 | 5.0 / 8.0 / 10.0 | 320 | 1.0 / 2.0 / 4.0 | **3.20** | **0.40** | – |"),
                table);
        assertTrue(
                table.contains("QPS 1.33–3.20× (≥ 3.00× in 1 of 2 cells), p99 0.40–0.60× (≤ 0.50× in 1 of 2)"), table);
        assertFalse(table.contains("empty-search rate"), "a run without the empty search says nothing of it");
    }

    @Test
    void eachCellShowsTheEmptySearchRateAndHowManyTargetsLieAboveIt() throws IOException {
        PeerResults peer = PeerResults.read(results(peerCell("full", 1, 100, 10), peerCell("full", 2, 150, 20)));

        PeerResults.Comparison comparison = peer.compare(
                report(
                        cell("http", "full", 1, 250, 4),
                        cell("http", "full", 2, 300, 12),
                        cell(SearchBenchmark.FLOOR_PATH, "empty_search", 1, 400, 1),
                        cell(SearchBenchmark.FLOOR_PATH, "empty_search", 2, 420, 2)),
                ISSUE_11);

        assertEquals(2, comparison.rows().size(), "the empty search is no cell of its own");
        assertFalse(comparison.rows().getFirst().targetAboveFloor(ISSUE_11), "3 × 100 is below 400");
        assertTrue(comparison.rows().get(1).targetAboveFloor(ISSUE_11), "3 × 150 is above 420");
        String table = comparison.table();
        assertTrue(table.contains("| 2.50 | **0.40** | 400 |"), table);
        assertTrue(table.contains("; the QPS target is above Lede's empty-search rate in 1 of 2 cells"), table);
    }

    @Test
    void cellsThePeerDidNotMeasureAreNamed() throws IOException {
        PeerResults peer = PeerResults.read(results(peerCell("facets_only", 1, 100, 10)));

        PeerResults.Comparison comparison = peer.compare(
                report(cell("http", "facets_only", 1, 100, 10), cell("http", "facets_only", 4, 90, 30)), ISSUE_11);

        assertEquals(List.of("facets_only ×4"), comparison.unmatched());
        assertTrue(comparison.summary().endsWith("not measured by the peer: facets_only ×4"), comparison.summary());
    }

    @Test
    void theHitsFileIsFoundWhereTheHarnessWroteItOrBesideACopiedResultsFile() throws IOException {
        Path hits = Files.writeString(folder.resolve("results-1.hits.jsonl"), "{}\n");
        Path named = resultsWith("\"hits_file\":\"" + hits + "\",", peerCell("full", 1, 100, 10));
        Path copied = resultsWith("\"hits_file\":\"/elsewhere/results-1.hits.jsonl\",", peerCell("full", 1, 100, 10));
        Path gone = resultsWith("\"hits_file\":\"/elsewhere/results-2.hits.jsonl\",", peerCell("full", 1, 100, 10));

        assertEquals(Optional.of(hits), PeerResults.read(named).hitsFile());
        assertEquals(Optional.of(hits), PeerResults.read(copied).hitsFile());
        assertEquals(Optional.empty(), PeerResults.read(gone).hitsFile());
    }

    @Test
    void aFileThatIsNotAPeerResultsFileIsRefused() throws IOException {
        Path hits = Files.writeString(folder.resolve("results-1.hits.jsonl"), "{\"id\":\"q1\",\"num_found\":3}");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PeerResults.read(hits));
        assertTrue(refused.getMessage().contains("is not a solr-peer results file"), refused.getMessage());
    }

    private Path results(String... cells) throws IOException {
        return resultsWith("", cells);
    }

    private Path resultsWith(String more, String... cells) throws IOException {
        Path file = Files.createTempFile(folder, "results-", ".json");
        return Files.writeString(
                file,
                "{\"harness\":\"solr-peer-bench 0.1.0\"," + more + "\"search\":[" + String.join(",", cells) + "]}");
    }

    /** A cell in solr-peer's shape, p50 and p95 at half and 0.8 of its p99. */
    private static String peerCell(String variant, int threads, double qps, double p99) {
        return "{\"variant\":\"" + variant + "\",\"threads\":" + threads + ",\"qps\":" + qps
                + ",\"latency_ms\":{\"p50\":" + p99 / 2 + ",\"p95\":" + p99 * 0.8 + ",\"p99\":" + p99 + "}}";
    }

    private static Measurement cell(String path, String variant, int clients, double qps, double p99) {
        return new Measurement(path, variant, clients, 100, 0, 100 / qps, qps, p99 / 4, p99 / 2, p99, p99 / 3);
    }

    private static SearchReport report(Measurement... cells) {
        return Reports.of(cells);
    }
}
