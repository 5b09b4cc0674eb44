package dev.lede.index.solr;

import java.io.IOException;

/** Solr refused or could not answer a request; the message says which and why, without a stack of SolrJ frames. */
public final class SolrFailure extends IOException {

    public SolrFailure(String what, Exception cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
