package dev.lede.search;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A daemon thread that runs one task at once and then every interval after the last run ended, until closed: how each
 * engine follows new commits off the request path.
 */
public final class BackgroundRefresh implements Closeable {

    private final ScheduledExecutorService thread;

    private BackgroundRefresh(ScheduledExecutorService thread) {
        this.thread = thread;
    }

    /** Starts {@code task} on a daemon thread named {@code threadName}; the task handles its own failures. */
    public static BackgroundRefresh every(Duration interval, String threadName, Runnable task) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, threadName);
            daemon.setDaemon(true);
            return daemon;
        });
        thread.scheduleWithFixedDelay(task, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return new BackgroundRefresh(thread);
    }

    /** Stops the thread, waiting up to ten seconds for a run under way. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
