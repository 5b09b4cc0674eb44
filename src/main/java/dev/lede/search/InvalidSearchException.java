package dev.lede.search;

/** A search request that cannot be answered as asked; the message is meant for the person who asked. */
public final class InvalidSearchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. "q" or "page". */
    public String parameter() {
        return parameter;
    }
}
