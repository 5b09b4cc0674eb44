package dev.lede.parse;

import dev.lede.source.SourceInput;
import java.io.IOException;

/** A parser for a format that can be read record by record, so that an input of any size is read in bounded memory. */
public interface StreamingParser extends ArticleParser {

    /**
     * Reads every article of the input and hands each to the listener as soon as it is read.
     *
     * @throws ParseException when the input as a whole is empty or unreadable (articles already handed on stay)
     * @throws IOException when the input cannot be read
     */
    void read(SourceInput input, ParseListener listener) throws ParseException, IOException;
}
