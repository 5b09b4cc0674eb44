package dev.lede.web;

/** Something the request names does not exist (an article, a curation change, an entity); answered with 404. */
final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }
}
