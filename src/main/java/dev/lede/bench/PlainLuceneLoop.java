package dev.lede.bench;

import dev.lede.index.Schema;
import dev.lede.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor any Lede indexing run is compared with: Lucene alone, with Lede's analyzer and RAM buffer, adding each
 * article as an id plus a stored, analyzed title and body, then committing. No NLP, facets or fingerprints.
 */
final class PlainLuceneLoop implements Workload {

    /** As index.LuceneIndexWriter. */
    private static final double RAM_BUFFER_MB = 128;

    private final Directory directory;
    private final IndexWriter writer;

    PlainLuceneLoop(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB));
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public void accept(Article article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(Schema.TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(Schema.BODY, article.body(), Field.Store.YES));
        writer.addDocument(doc);
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
