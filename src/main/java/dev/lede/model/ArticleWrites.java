package dev.lede.model;

import java.io.IOException;
import java.util.List;

/**
 * Adding and removing articles while the index is served: the seam between the HTTP layer and the ingestion engine,
 * so that the server never sees the parsers, the NLP or the index writer. Each call commits before it returns.
 */
public interface ArticleWrites {

    /**
     * Reads the articles in {@code content}, enriches and indexes them, and commits.
     *
     * @param location a name whose extension says the format ({@code .json}: one article or an array;
     *     {@code .jsonl}: one article a line)
     * @throws InvalidInputException when nothing in {@code content} is readable as an article
     * @throws IndexBusyException when another process is writing to the index
     */
    Added add(String location, byte[] content) throws IOException;

    /**
     * Removes the articles with these ids and commits.
     *
     * @throws IndexBusyException when another process is writing to the index
     */
    Deleted delete(List<String> ids) throws IOException;

    /**
     * @param ids the articles indexed, in input order (an article given twice is indexed once, as its last copy)
     * @param errors what was left out and why: a bad line or item, an article that could not be enriched
     * @param warnings what an indexed article lost: a {@code published} that is no date, entity items that are not text
     */
    record Added(List<String> ids, List<String> errors, List<String> warnings) {
        public Added {
            ids = List.copyOf(ids);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /** @param unknown ids that no article had, so nothing was removed for them */
    record Deleted(List<String> deleted, List<String> unknown) {
        public Deleted {
            deleted = List.copyOf(deleted);
            unknown = List.copyOf(unknown);
        }
    }

    /** Another process holds the index's write lock, e.g. {@code lede index} is running. */
    final class IndexBusyException extends RuntimeException {
        public IndexBusyException(String message) {
            super(message);
        }
    }

    /** The content holds no readable article (not JSON, empty, no article fields). */
    final class InvalidInputException extends RuntimeException {
        public InvalidInputException(String message) {
            super(message);
        }
    }
}
