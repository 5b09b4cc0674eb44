package dev.lede.bench;

import dev.lede.enrich.Extractor;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.WriteBatches;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What Lede does with each article once parsed: extract, then write through its own index writer, in each thread's
 * batches as the Ingester writes; then commit.
 */
final class ExtractAndIndex implements Workload {

    private final String name;
    private final Extractor extractor;
    private final Path indexDir;
    private final LuceneIndexWriter timed;
    private final WriteBatches<EnrichedArticle> batches = new WriteBatches<>();
    private LuceneIndexWriter writer;

    ExtractAndIndex(String name, Extractor extractor, Path indexDir) throws IOException {
        this.name = name;
        this.extractor = extractor;
        this.indexDir = indexDir;
        this.timed = LuceneIndexWriter.open(indexDir);
        this.writer = timed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void accept(Article article) throws IOException {
        writer.contentHash(article.id()); // as the Ingester asks before each write; it also lets new ids be added
        writeAll(batches.add(new EnrichedArticle(article, extractor.extract(article))));
    }

    /**
     * The warm-up writes into an index of its own beside the timed one, so that the timed run adds every article to an
     * empty index, as a first run does, rather than replacing the warm-up's copies.
     */
    @Override
    public void warmingUp() throws IOException {
        writer = LuceneIndexWriter.open(indexDir.resolveSibling(indexDir.getFileName() + "-warmup"));
    }

    /** The warm-up's part batches are written to its own index, which is then closed, not inside the timed run. */
    @Override
    public void warmedUp() throws IOException {
        writeAll(batches.drain());
        if (writer != timed) {
            writer.close();
            writer = timed;
        }
    }

    @Override
    public void finish() throws IOException {
        writeAll(batches.drain());
        writer.commit();
    }

    /** Written in batches, as the Ingester writes them. */
    private void writeAll(List<EnrichedArticle> batch) throws IOException {
        for (EnrichedArticle enriched : batch) {
            writer.write(enriched);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != timed) {
            writer.close();
        }
        timed.close();
    }
}
