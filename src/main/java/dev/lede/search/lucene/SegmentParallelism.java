package dev.lede.search.lucene;

import java.io.Closeable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lends idle cores to a search: while fewer searches run than there are {@code threads}, a search may spread its
 * segments over helper threads (Lucene searches one slice of segments per task, the calling thread taking its share);
 * once as many searches run as there are threads, each searches its segments alone, since splitting then only adds
 * hand-offs to work that already fills every core. Off for one thread.
 */
final class SegmentParallelism implements Closeable {

    static final SegmentParallelism OFF = new SegmentParallelism(1);

    private final int threads;
    private final ExecutorService helpers;
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
    }

    /** A search now running; close it when the search ends. */
    Slot enter() {
        int now = running.incrementAndGet();
        return new Slot(helpers != null && now < threads ? helpers : null);
    }

    /** @param helpers where the search may hand slices of its segments, {@code null} to search them alone */
    final class Slot implements AutoCloseable {
        private final ExecutorService helpers;

        private Slot(ExecutorService helpers) {
            this.helpers = helpers;
        }

        ExecutorService helpers() {
            return helpers;
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
