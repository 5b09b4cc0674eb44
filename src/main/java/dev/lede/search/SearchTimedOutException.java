package dev.lede.search;

import java.time.Duration;

/** A search ran past its time limit and was cancelled; asking again later, or more narrowly, may succeed. */
public final class SearchTimedOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration limit;

    public SearchTimedOutException(Duration limit) {
        super("The search took longer than " + limit.toMillis() + " ms and was stopped; narrow it or try again later.");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
