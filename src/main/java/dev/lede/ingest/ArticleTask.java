package dev.lede.ingest;

import dev.lede.enrich.Extractor;
import dev.lede.index.ArticleSink;
import dev.lede.index.Provenance;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a worker does with one article: skip it when unchanged, else enrich it and keep it to be written with the
 * worker's next {@link WriteBatches batch}, then maybe commit. An id new to the index counts as added once; a later
 * article of that id in the same run (the same file given twice, a copy, its {@code .gz}) replaces it and counts as
 * updated, so that the counts match what the index holds.
 */
final class ArticleTask {

    private final Extractor extractor;
    private final ArticleSink sink;
    private final Committer committer;
    private final String enrichmentSettings;
    private final IngestStatus status;
    private final RunLog log;
    private final RunIds addedThisRun = new RunIds();
    private final WriteBatches<Enriched> batches = new WriteBatches<>();

    /** An article enriched and not yet written. */
    private record Enriched(EnrichedArticle article, Provenance provenance, boolean newToIndex, Path file) {}

    ArticleTask(
            Extractor extractor,
            ArticleSink sink,
            Committer committer,
            String enrichmentSettings,
            IngestStatus status,
            RunLog log) {
        this.extractor = extractor;
        this.sink = sink;
        this.committer = committer;
        this.enrichmentSettings = enrichmentSettings;
        this.status = status;
        this.log = log;
    }

    /** @param file the file it was read from, or {@code null} */
    void index(Article article, Path file) throws IOException {
        String sourcePath =
                file == null ? null : file.toAbsolutePath().normalize().toString();
        String hash = ContentHash.of(article, sourcePath, enrichmentSettings);
        Optional<String> indexed = sink.contentHash(article.id());
        if (indexed.isPresent() && indexed.get().equals(hash)) {
            status.unchanged.incrementAndGet();
            return;
        }
        EnrichedArticle enriched = new EnrichedArticle(article, extractor.extract(article));
        writeAll(batches.add(new Enriched(enriched, new Provenance(sourcePath, hash), indexed.isEmpty(), file)));
    }

    /** Writes what the workers still keep, then commits; call once the workers are done. */
    void commit() throws IOException {
        writeAll(batches.drain());
        committer.commit();
    }

    /** Writes each article; one the index refuses is reported as failed, and the others are still written. */
    private void writeAll(List<Enriched> batch) throws IOException {
        for (Enriched enriched : batch) {
            Article article = enriched.article().article();
            try {
                sink.write(enriched.article(), enriched.provenance());
            } catch (IOException | RuntimeException e) {
                log.failedArticle(article, enriched.file(), e);
                continue;
            }
            boolean added = enriched.newToIndex() && addedThisRun.firstAdd(article.id());
            (added ? status.added : status.updated).incrementAndGet();
            committer.written();
        }
    }
}
