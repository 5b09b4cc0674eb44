package dev.lede.ingest;

import java.time.Duration;

/**
 * When a run commits, besides at the end: after {@code everyArticles} written or {@code interval} since the last
 * commit, whichever comes first. A kill loses at most that much work, and the articles each worker had enriched but
 * not yet written ({@link WriteBatches#SIZE} a worker at most).
 */
public record CommitPolicy(long everyArticles, Duration interval) {

    /** Only at the end: for small inputs and tests. */
    public static final CommitPolicy AT_END = new CommitPolicy(Long.MAX_VALUE, Duration.ofNanos(Long.MAX_VALUE));

    public CommitPolicy {
        if (everyArticles < 1) {
            throw new IllegalArgumentException("commit every must be 1 or more articles, not " + everyArticles);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("commit interval must be positive, not " + interval);
        }
    }
}
