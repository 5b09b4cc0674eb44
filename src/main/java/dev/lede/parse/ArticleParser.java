package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.util.Set;

/** Reads the articles of one file format. Implementations are stateless and safe to share between threads. */
public interface ArticleParser {

    /**
     * Reads every article in the document.
     *
     * @throws ParseException when the document as a whole is empty or unreadable; the caller skips the file
     */
    ParseResult parse(SourceDocument doc) throws ParseException;

    /** Lower-case file extensions, without the dot, that this parser reads. */
    Set<String> extensions();
}
