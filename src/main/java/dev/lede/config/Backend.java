package dev.lede.config;

import java.util.Locale;

/** The engine that stores and searches the articles. */
public enum Backend {
    /** Embedded Lucene in an index folder: one machine, nothing else to run. */
    LUCENE,
    /** A collection in a running SolrCloud (ZooKeeper, shards, replicas), reached over HTTP. */
    SOLRCLOUD;

    public static Backend parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend must be lucene or solrcloud, not " + text, e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
