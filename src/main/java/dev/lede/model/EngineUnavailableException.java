package dev.lede.model;

import java.io.IOException;

/**
 * The engine that holds the articles could not answer: e.g. no node of a SolrCloud holding a shard could be reached.
 * Nothing is wrong with the request, so asking again later may succeed; the server answers 503.
 */
public class EngineUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
