package dev.lede.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded queue in front of the searching routes: a few run at once, a few more wait at most one time limit for a
 * turn, and the rest are told at once to come back, so a burst of slow queries cannot starve everyone else.
 */
final class SearchGate {

    static final String RETRY_AFTER_SECONDS = "2";

    private static final String HOLDS_TURN = "lede.search-turn";

    private final Semaphore running;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration maxWait;

    SearchGate(int maxRunning, int maxWaiting, Duration maxWait) {
        this.running = new Semaphore(maxRunning, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** Whether a request to {@code path} searches the index (everything under /api but health, and the feeds). */
    static boolean searches(String path) {
        return (path.startsWith("/api/") && !path.equals("/api/health")) || path.startsWith("/feeds/");
    }

    /** Waits for a turn; @throws RequestRefused 503 when the queue is full or no turn came in time */
    void enter(Context ctx) throws InterruptedException {
        if (!searches(ctx.path())) {
            return;
        }
        if (!running.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } finally {
                waiting.decrementAndGet();
            }
        }
        ctx.attribute(HOLDS_TURN, true);
    }

    void leave(Context ctx) {
        if (ctx.attribute(HOLDS_TURN) != null) {
            ctx.attribute(HOLDS_TURN, null);
            running.release();
        }
    }

    private static RequestRefused busy() {
        return new RequestRefused(503, "The server is busy with other searches; try again in a moment.");
    }
}
