package dev.lede.index;

import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Writes articles into a Lucene index on disk. One writer per index directory at a time (Lucene's write lock). */
public final class LuceneIndexWriter implements ArticleSink {

    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper(Schema.facetsConfig());

    private LuceneIndexWriter(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index at {@code path}, creating it (and its folders) when missing. */
    public static LuceneIndexWriter open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            return new LuceneIndexWriter(directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public void write(EnrichedArticle article) throws IOException {
        writer.updateDocument(new Term(Schema.ID, article.article().id()), mapper.toDocument(article));
    }

    @Override
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(
                        Schema.COMMIT_SCHEMA_VERSION,
                        Schema.VERSION,
                        Schema.COMMIT_TIME,
                        Long.toString(System.currentTimeMillis()))
                .entrySet());
        writer.commit();
    }

    /** Removes every article; the removal becomes visible at the next {@link #commit()}. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Removes the article with this id, if there is one; the removal becomes visible at the next {@link #commit()}. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Schema.ID, id));
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            writer.close();
        }
    }
}
