package dev.lede.bench;

import dev.lede.enrich.Extractor;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;

/** What Lede does with each article once parsed: extract, then write through its own index writer; then commit. */
final class ExtractAndIndex implements Workload {

    private final String name;
    private final Extractor extractor;
    private final LuceneIndexWriter writer;

    ExtractAndIndex(String name, Extractor extractor, Path indexDir) throws IOException {
        this.name = name;
        this.extractor = extractor;
        this.writer = LuceneIndexWriter.open(indexDir);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void accept(Article article) throws IOException {
        writer.contentHash(article.id()); // as the Ingester asks before each write; it also lets new ids be added
        writer.write(new EnrichedArticle(article, extractor.extract(article)));
    }

    @Override
    public void finish() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
