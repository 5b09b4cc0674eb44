package dev.lede.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells an input of nothing but whitespace from a malformed one before a streaming reader sees it. */
final class BlankInput {

    private static final int LOOKAHEAD = 1 << 16;

    private BlankInput() {}

    /**
     * The stream from its start, once something other than whitespace was seen near it.
     *
     * @throws ParseException of kind {@link ParseException.Kind#EMPTY} when the input holds only whitespace
     */
    static InputStream requireContent(InputStream in, String location) throws ParseException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, LOOKAHEAD);
        buffered.mark(LOOKAHEAD);
        for (int read = 0; read < LOOKAHEAD; read++) {
            int b = buffered.read();
            if (b < 0) {
                buffered.close();
                throw new ParseException(ParseException.Kind.EMPTY, location, "empty document");
            }
            if (!Character.isWhitespace(b)) {
                break;
            }
        }
        buffered.reset();
        return buffered;
    }
}
