package dev.lede.bench;

import dev.lede.index.Schema;
import dev.lede.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A bare Lucene indexing loop, as an engineer would write one: an {@code IndexWriter} with Lede's analyzer and RAM
 * buffer and otherwise Lucene's defaults, one {@code addDocument} per article, one commit. What each loop puts in the
 * document is its subclass's choice.
 */
abstract class LuceneLoop implements Workload {

    /** As index.lucene.LuceneIndexWriter, so that a run of the whole corpus is one flush in both. */
    private static final double RAM_BUFFER_MB = 128;

    private final Directory directory;
    private final IndexWriter writer;

    LuceneLoop(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB));
    }

    abstract Document document(Article article) throws IOException;

    @Override
    public void accept(Article article) throws IOException {
        writer.addDocument(document(article));
    }

    @Override
    public void finish() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            writer.close();
        }
    }
}
