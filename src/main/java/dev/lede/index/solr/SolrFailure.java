package dev.lede.index.solr;

import dev.lede.model.EngineUnavailableException;

/**
 * Solr refused or could not answer a request; the message says which and why, without a stack of SolrJ frames. The
 * server answers it as the engine being unavailable (503): Lede's own requests are well formed, so a failure means the
 * cluster could not serve them (nodes down or unreachable, a shard without a live replica, a collection missing).
 */
public final class SolrFailure extends EngineUnavailableException {

    private static final long serialVersionUID = 1L;

    public SolrFailure(String what, Exception cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
