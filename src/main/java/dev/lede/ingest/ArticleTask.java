package dev.lede.ingest;

import dev.lede.enrich.Extractor;
import dev.lede.index.ArticleSink;
import dev.lede.index.Provenance;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a worker does with one article: skip it when unchanged, else enrich it, write it and maybe commit. An id new to
 * the index counts as added once; a later article of that id in the same run (the same file given twice, a copy, its
 * {@code .gz}) replaces it and counts as updated, so that the counts match what the index holds.
 */
final class ArticleTask {

    private final Extractor extractor;
    private final ArticleSink sink;
    private final Committer committer;
    private final String enrichmentSettings;
    private final IngestStatus status;
    private final RunIds addedThisRun = new RunIds();

    ArticleTask(
            Extractor extractor,
            ArticleSink sink,
            Committer committer,
            String enrichmentSettings,
            IngestStatus status) {
        this.extractor = extractor;
        this.sink = sink;
        this.committer = committer;
        this.enrichmentSettings = enrichmentSettings;
        this.status = status;
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
        sink.write(enriched, new Provenance(sourcePath, hash));
        boolean added = indexed.isEmpty() && addedThisRun.firstAdd(article.id());
        (added ? status.added : status.updated).incrementAndGet();
        committer.written();
    }

    void commit() throws IOException {
        committer.commit();
    }
}
