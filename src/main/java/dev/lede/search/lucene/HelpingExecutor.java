package dev.lede.search.lucene;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task on an idle helper thread when there is one, and otherwise at once in the thread that hands it over: a
 * search that splits its work never queues behind a busy pool, nor waits idle while its own parts queue. Shutting it
 * down does nothing; the helpers belong to {@link SegmentParallelism}.
 */
final class HelpingExecutor extends AbstractExecutorService {

    /** Every task in the thread that hands it over. */
    static final HelpingExecutor CALLER_ONLY = new HelpingExecutor(null, new Semaphore(0));

    private final ExecutorService helpers;
    private final Semaphore idle;

    /** @param idle one permit per helper thread not running a task */
    HelpingExecutor(ExecutorService helpers, Semaphore idle) {
        this.helpers = helpers;
        this.idle = idle;
    }

    @Override
    public void execute(Runnable task) {
        if (helpers == null || !idle.tryAcquire()) {
            task.run();
            return;
        }
        try {
            helpers.execute(() -> {
                try {
                    task.run();
                } finally {
                    idle.release();
                }
            });
        } catch (RejectedExecutionException closing) {
            idle.release();
            task.run();
        }
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }
}
