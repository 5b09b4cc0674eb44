package dev.lede.store;

/** A store could not be read, locked or written; whatever was asked did not happen. */
public final class StoreFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
