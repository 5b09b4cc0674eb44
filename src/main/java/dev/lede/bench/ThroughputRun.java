package dev.lede.bench;

import dev.lede.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a workload over a list of articles on a fixed number of threads and measures it. */
final class ThroughputRun {

    private final List<Article> articles;
    private final long words;
    private final long bytes;
    private final int threads;

    ThroughputRun(List<Article> articles, int threads) {
        this.articles = articles;
        this.words = articles.stream().mapToLong(BenchCorpus::words).sum();
        this.bytes = articles.stream().mapToLong(BenchCorpus::bytes).sum();
        this.threads = threads;
    }

    /** Warms the workload up on the first {@code warmup} articles, then times it on all of them. */
    StageResult measure(Workload workload, int warmup, double setupSeconds) throws IOException {
        workload.warmingUp();
        runOn(articles.subList(0, Math.min(warmup, articles.size())), workload);
        workload.warmedUp();
        System.gc();
        HeapPeak.reset();
        double cpuBefore = ProcessCpu.seconds();
        long started = System.nanoTime();
        runOn(articles, workload);
        workload.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new StageResult(
                workload.name(),
                articles.size(),
                words,
                bytes,
                threads,
                seconds,
                ProcessCpu.seconds() - cpuBefore,
                setupSeconds,
                HeapPeak.megabytes());
    }

    private void runOn(List<Article> batch, Workload workload) throws IOException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
                        acceptUnchecked(workload, batch.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(workload.name() + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void acceptUnchecked(Workload workload, Article article) {
        try {
            workload.accept(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
