package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBaselineTest {

    @TempDir
    Path folder;

    @Test
    void aCellThatLostMoreThanTheToleranceIsSlowerAndOneWithinItIsNot() throws IOException {
        SearchBaseline before = baseline(report(cell("http", "full", 1, 100), cell("in-jvm", "full", 1, 400)));

        SearchBaseline.Comparison comparison =
                before.compare(report(cell("http", "full", 1, 70), cell("in-jvm", "full", 1, 390)), 0.25);

        assertEquals(2, comparison.changes().size());
        assertEquals(1, comparison.slower().size());
        SearchBaseline.Change slower = comparison.slower().getFirst();
        assertEquals("http", slower.path());
        assertEquals(0.70, slower.qpsRatio(), 1e-9);
        String table = comparison.table();
        assertEquals(1, table.split("\\*\\*slower\\*\\*", -1).length - 1, table);
        assertTrue(table.contains("1 of 2 cells lost more than 25 % of their QPS"), table);
    }

    @Test
    void aFasterRunAndCellsTheBaselineDoesNotHaveAreNotSlower() throws IOException {
        SearchBaseline before = baseline(report(cell("http", "facets_only", 1, 100)));

        SearchBaseline.Comparison comparison =
                before.compare(report(cell("http", "facets_only", 1, 180), cell("http", "facets_only", 4, 10)), 0.25);

        assertEquals(List.of(), comparison.slower());
        assertEquals(List.of("http facets_only ×4"), comparison.unmatched());
        assertTrue(comparison.table().contains("not in the baseline: http facets_only ×4"), comparison.table());
    }

    @Test
    void aFileThatIsNotASearchBenchmarksSummaryIsRefused() throws IOException {
        Path hits = folder.resolve("hits.json");
        Files.writeString(hits, "{\"id\":\"q1\",\"variant\":\"full\",\"num_found\":3}");

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SearchBaseline.read(hits));
        assertTrue(refused.getMessage().contains("is not the summary of lede bench search"), refused.getMessage());
    }

    private SearchBaseline baseline(SearchReport report) throws IOException {
        Path summary = folder.resolve("before.json");
        Files.writeString(summary, report.json());
        return SearchBaseline.read(summary);
    }

    private static Measurement cell(String path, String variant, int clients, double qps) {
        return new Measurement(path, variant, clients, 100, 0, 100 / qps, qps, 1.0, 2.0, 3.0, 1.2);
    }

    private static SearchReport report(Measurement... cells) {
        return Reports.of(cells);
    }
}
