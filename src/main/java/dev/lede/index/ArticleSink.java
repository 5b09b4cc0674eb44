package dev.lede.index;

import dev.lede.model.EnrichedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where enriched articles are written. Lucene on disk, or a SolrCloud collection.
 * Implementations are safe for concurrent {@link #write} calls.
 */
public interface ArticleSink extends Closeable {

    /** Adds the article, or replaces the stored article with the same id. */
    void write(EnrichedArticle article) throws IOException;

    /** Writes the article with where it came from; a sink that keeps no provenance writes the article alone. */
    default void write(EnrichedArticle article, Provenance provenance) throws IOException {
        write(article);
    }

    /** The {@link Provenance#contentHash()} stored with the article of this id, or empty when unknown. */
    default Optional<String> contentHash(String id) throws IOException {
        return Optional.empty();
    }

    /** Removes the article with this id; visible at the next {@link #commit()}. */
    void delete(String id) throws IOException;

    /** Removes every article; visible at the next {@link #commit()}. */
    void deleteAll() throws IOException;

    /**
     * Removes every article whose stored source path {@code isGone}; visible at the next {@link #commit()}.
     *
     * @return the source paths removed
     */
    List<String> pruneSources(Predicate<String> isGone) throws IOException;

    /** Makes everything written so far durable and visible to searchers. */
    void commit() throws IOException;
}
