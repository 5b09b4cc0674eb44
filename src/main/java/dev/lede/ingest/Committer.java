package dev.lede.ingest;

import dev.lede.index.ArticleSink;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Commits the sink as the {@link CommitPolicy} says while workers keep writing; one commit at a time. */
final class Committer {

    private final ArticleSink sink;
    private final CommitPolicy policy;
    private final IngestStatus status;
    private final AtomicLong sinceCommit = new AtomicLong();
    private final AtomicBoolean committing = new AtomicBoolean();
    private volatile long lastCommitNanos = System.nanoTime();

    Committer(ArticleSink sink, CommitPolicy policy, IngestStatus status) {
        this.sink = sink;
        this.policy = policy;
        this.status = status;
    }

    /** Counts one article written and commits when one is due; a worker that finds a commit running moves on. */
    void written() throws IOException {
        long pending = sinceCommit.incrementAndGet();
        boolean due = pending >= policy.everyArticles()
                || System.nanoTime() - lastCommitNanos >= policy.interval().toNanos();
        if (due && committing.compareAndSet(false, true)) {
            try {
                commit();
            } finally {
                committing.set(false);
            }
        }
    }

    /** Commits now, whatever the policy. */
    synchronized void commit() throws IOException {
        sinceCommit.set(0);
        lastCommitNanos = System.nanoTime();
        sink.commit();
        status.commits.incrementAndGet();
    }
}
