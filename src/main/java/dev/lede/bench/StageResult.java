package dev.lede.bench;

/**
 * What one workload achieved on the benchmark's articles.
 *
 * @param seconds wall time of the timed run, setup (model loading) excluded
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
        double setupSeconds,
        long peakHeapMb) {

    double articlesPerSecond() {
        return articles / seconds;
    }

    double wordsPerSecond() {
        return words / seconds;
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
