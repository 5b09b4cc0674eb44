package dev.lede.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work another thread does for a search, and failing as that work failed. */
public final class Awaiting {

    private Awaiting() {}

    /**
     * The result of {@code work}, once it is done.
     *
     * @param during what the caller waits for, for the message when the wait is interrupted ("the index opened")
     * @throws IOException the work's own failure (as are its unchecked exceptions and errors), or an
     *     {@link InterruptedIOException} when the waiting thread is interrupted
     */
    public static <T> T result(Future<T> work, String during) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting until " + during);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof IOException io) {
            return io;
        }
        return new IOException(failure);
    }
}
