package dev.lede.search.lucene;

import java.io.Closeable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lends idle cores to a search: while fewer searches run than there are {@code threads}, a search may hand slices of
 * its segments to helper threads, searching its own share meanwhile; once as many searches run as there are threads,
 * each searches all its segments itself, since splitting then only adds hand-offs to work that already fills every
 * core. Off for one thread, the default: at 1M articles it did not pay (BENCHMARKS.md, "At 1M, fourth session").
 */
final class SegmentParallelism implements Closeable {

    static final SegmentParallelism OFF = new SegmentParallelism(1);

    private final int threads;
    private final ExecutorService helpers;
    private final HelpingExecutor helping;
    private final AtomicInteger running = new AtomicInteger();

    SegmentParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
        this.helpers = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads - 1, task -> {
                    Thread helper = new Thread(task, "lede-search-helper");
                    helper.setDaemon(true);
                    return helper;
                });
        this.helping = helpers == null
                ? HelpingExecutor.CALLER_ONLY
                : new HelpingExecutor(helpers, new Semaphore(threads - 1));
    }

    /** A search now running; close it when the search ends. */
    Slot enter() {
        int now = running.incrementAndGet();
        return new Slot(now < threads ? helping : HelpingExecutor.CALLER_ONLY);
    }

    /** @param work where the search may hand parts of its work */
    final class Slot implements AutoCloseable {
        private final HelpingExecutor work;

        private Slot(HelpingExecutor work) {
            this.work = work;
        }

        HelpingExecutor work() {
            return work;
        }

        @Override
        public void close() {
            running.decrementAndGet();
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
