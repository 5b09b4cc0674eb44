package dev.lede.store;

/** Something a store was asked to keep is not acceptable, e.g. a saved search's name. */
public final class InvalidEntry extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidEntry(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The field at fault, e.g. "name". */
    public String parameter() {
        return parameter;
    }
}
