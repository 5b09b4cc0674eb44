package dev.lede.parse;

/** A whole document could not be read. The message names the document, so callers can log it as is. */
public class ParseException extends Exception {

    /** Why the document was rejected, so that callers can count each kind separately. */
    public enum Kind {
        /** Nothing to read: no bytes, only whitespace, or no article text. */
        EMPTY,
        /** Content that is not what the format promises: binary, malformed JSON, a corrupt archive, no readable record. */
        INVALID,
        /** A format read whole, in a file too large for that. */
        TOO_LARGE,
        /** No parser reads this kind of file (or an {@code .xml} file that is no feed). */
        UNSUPPORTED
    }

    private final Kind kind;
    private final String location;

    public ParseException(Kind kind, String location, String detail) {
        this(kind, location, detail, null);
    }

    public ParseException(Kind kind, String location, String detail, Throwable cause) {
        super(location + ": " + detail, cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    /** The {@link dev.lede.source.SourceDocument#location()} of the rejected document. */
    public String location() {
        return location;
    }
}
