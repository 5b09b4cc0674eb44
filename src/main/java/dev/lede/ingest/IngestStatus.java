package dev.lede.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of one indexing run, safe to read from another thread (a progress display) while it runs.
 * {@link #totalBytes()} is found by a walk of its own beside the run, so it is -1 until that walk is done.
 */
public final class IngestStatus {

    final AtomicLong files = new AtomicLong();
    final AtomicLong filesRead = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong totalBytes = new AtomicLong(-1);
    final AtomicLong read = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong ignored = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    final AtomicLong commits = new AtomicLong();
    private final long startedNanos = System.nanoTime();
    private volatile boolean stopRequested;

    /**
     * Asks the run to stop reading (e.g. on SIGTERM or Ctrl-C): the articles already read are still enriched, written
     * and committed, so the run ends promptly and keeps its work.
     */
    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** Files opened so far. */
    public long files() {
        return files.get();
    }

    /** Bytes read from the files so far (as stored, so compressed bytes for a compressed file). */
    public long bytes() {
        return bytes.get();
    }

    /** Bytes of every file this run will read, or -1 while still unknown (e.g. standard input). */
    public long totalBytes() {
        return totalBytes.get();
    }

    /** Articles read from the input. */
    public long read() {
        return read.get();
    }

    /** Articles new to the index. */
    public long added() {
        return added.get();
    }

    /** Articles that replaced a different version of the same id. */
    public long updated() {
        return updated.get();
    }

    /** Articles already in the index exactly so, left alone before any NLP. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Files and records that could not be read. */
    public long skipped() {
        return skipped.get();
    }

    /** Articles read that extraction or the index refused. */
    public long failed() {
        return failed.get();
    }

    /** Files in no format Lede reads, and links it does not follow. */
    public long ignored() {
        return ignored.get();
    }

    /**
     * Warnings: a field left out of an article read (e.g. a date that is no date). The article is counted among the
     * others; one with two such fields gives two warnings.
     */
    public long warnings() {
        return warnings.get();
    }

    /** Commits made during the run so far. */
    public long commits() {
        return commits.get();
    }

    /** Articles written (added or updated) so far. */
    public long written() {
        return added() + updated();
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
