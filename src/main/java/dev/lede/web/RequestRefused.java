package dev.lede.web;

/** A request the server's defences turn away before any route sees it, with the status that says why. */
final class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    RequestRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
