package dev.lede.bench;

import java.util.Arrays;

/**
 * The timed passes of one cell: how many requests, in how long, and their latency percentiles (nearest rank).
 *
 * @param path {@code http} (through the server), {@code in-jvm} (ArticleSearch directly) or {@code http-floor} (the
 *     empty search through the server)
 */
public record Measurement(
        String path,
        String variant,
        int clients,
        int requests,
        int errors,
        double seconds,
        double qps,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        double meanMs) {

    static Measurement of(String path, String variant, int clients, long[] latencyNanos, int errors, long wallNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return new Measurement(
                path,
                variant,
                clients,
                sorted.length,
                errors,
                seconds,
                sorted.length / seconds,
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
