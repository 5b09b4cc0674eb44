package dev.lede.cli;

import dev.lede.ingest.IngestStatus;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, a SIGTERM or Ctrl-C asks the indexing run to stop and holds the JVM's exit until the run has
 * committed and closed the index (up to {@link #GRACE_SECONDS}), so that stopping a long run keeps what it read. A
 * SIGKILL still loses the work after the last commit; the next run resumes from there.
 */
final class StopOnSignal implements AutoCloseable {

    /** Enough for the articles in flight to go through NLP and a commit, on a busy machine. */
    static final long GRACE_SECONDS = 120;

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(IngestStatus status) {
        hook = Thread.ofPlatform().name("stop-indexing").unstarted(() -> {
            status.requestStop();
            try {
                closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static StopOnSignal install(IngestStatus status) {
        return new StopOnSignal(status);
    }

    /** Call once the index is committed and closed. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and has just been released.
        }
    }
}
