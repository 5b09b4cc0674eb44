package dev.lede.index;

import dev.lede.model.EnrichedArticle;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where enriched articles are written. Lucene on disk today; the seam another backend (SolrCloud) plugs into.
 * Implementations are safe for concurrent {@link #write} calls.
 */
public interface ArticleSink extends Closeable {

    /** Adds the article, or replaces the stored article with the same id. */
    void write(EnrichedArticle article) throws IOException;

    /** Makes everything written so far durable and visible to searchers. */
    void commit() throws IOException;
}
