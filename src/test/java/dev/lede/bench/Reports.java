package dev.lede.bench;

import java.util.List;

/** Search reports made of given cells, for tests that compare a run with another. */
final class Reports {

    private Reports() {}

    static SearchReport of(Measurement... cells) {
        SearchReport.Builder report =
                new SearchReport.Builder(10, 1, new SearchBenchmark.Settings(List.of(1), 1, 0, List.of("full"), null));
        for (Measurement cell : cells) {
            report.add(cell);
        }
        return report.build();
    }
}
