package dev.lede.search;

/**
 * The engine answering cannot do what was asked yet (e.g. a feature not built for SolrCloud); the server answers 501
 * with this message, and the same request works on another backend.
 */
public final class UnsupportedSearchException extends RuntimeException {

    public UnsupportedSearchException(String feature, String backend) {
        super(feature + " is not supported on " + backend + " yet; it works with the lucene backend");
    }
}
