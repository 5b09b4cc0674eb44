package dev.lede.bench;

/**
 * What one workload achieved on the benchmark's articles.
 *
 * @param seconds wall time of the timed run, setup (model loading) excluded
 * @param cpuSeconds CPU time the whole JVM used during the timed run ({@link ProcessCpu})
 * @param setupSeconds time to build the workload, e.g. to load models
 * @param peakHeapMb the most heap in use during the run, garbage included
 */
record StageResult(
        String stage,
        int articles,
        long words,
        long bytes,
        int threads,
        double seconds,
        double cpuSeconds,
        double setupSeconds,
        long peakHeapMb) {

    /** The same result under another name in the report. */
    StageResult named(String name) {
        return new StageResult(name, articles, words, bytes, threads, seconds, cpuSeconds, setupSeconds, peakHeapMb);
    }

    double articlesPerSecond() {
        return articles / seconds;
    }

    /** Throughput per CPU-second times the threads: what the stage would reach with its threads to itself. */
    double articlesPerSecondUnloaded() {
        return articles / cpuSeconds * threads;
    }

    double wordsPerSecond() {
        return words / seconds;
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
