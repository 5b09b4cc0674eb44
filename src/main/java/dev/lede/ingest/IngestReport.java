package dev.lede.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param filesRead files parsed, fully or in part
 * @param filesIgnored files of a format Lede does not read (e.g. README.md)
 * @param articlesIndexed articles written to the index
 * @param skipped one message per file or article that was left out, saying why
 * @param problems one message per part of a file that was left out while the rest was read
 */
public record IngestReport(
        int filesRead,
        int filesIgnored,
        long articlesIndexed,
        List<String> skipped,
        List<String> problems,
        Duration elapsed) {

    public IngestReport {
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    public String summary() {
        return String.format(
                "Indexed %d articles from %d files in %.1f s (%d files skipped, %d problems, %d files ignored)",
                articlesIndexed, filesRead, elapsed.toMillis() / 1000.0, skipped.size(), problems.size(), filesIgnored);
    }
}
