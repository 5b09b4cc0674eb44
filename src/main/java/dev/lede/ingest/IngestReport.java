package dev.lede.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param status the run's final counters
 * @param skipped one message per file left out or article that failed, saying why (the first {@link #MAX_MESSAGES})
 * @param problems one message per part of a file left out while the rest was read, and per article indexed with a
 *     part left out (the first {@link #MAX_MESSAGES})
 */
public record IngestReport(IngestStatus status, List<String> skipped, List<String> problems, Duration elapsed) {

    /** The report keeps this many messages of each kind; the rejects file names them all. */
    public static final int MAX_MESSAGES = 1000;

    public IngestReport {
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** Files parsed, fully or in part. */
    public long filesRead() {
        return status.filesRead.get();
    }

    /** Files in a format Lede does not read (e.g. README.md), and links not followed. */
    public long filesIgnored() {
        return status.ignored();
    }

    /** Articles written to the index: added or updated. */
    public long articlesIndexed() {
        return status.written();
    }

    /** Whether the run found nothing it could index and nothing already indexed: every input was left out. */
    public boolean nothingIndexable() {
        return status.written() + status.unchanged() == 0 && status.skipped() + status.failed() + status.ignored() > 0;
    }

    public String summary() {
        return (status.stopRequested() ? "Stopped early on request. " : "")
                + String.format(
                        "Indexed %s from %s in %.1f s: %d read, %d added, %d updated, %d unchanged, "
                                + "%d skipped, %d failed, %d ignored%s",
                        counted(articlesIndexed(), "article"),
                        counted(filesRead(), "file"),
                        elapsed.toMillis() / 1000.0,
                        status.read(),
                        status.added(),
                        status.updated(),
                        status.unchanged(),
                        status.skipped(),
                        status.failed(),
                        status.ignored(),
                        status.warnings() == 0
                                ? ""
                                : String.format(
                                        "; %d warning%s (a field left out of an article read)",
                                        status.warnings(), status.warnings() == 1 ? "" : "s"));
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
