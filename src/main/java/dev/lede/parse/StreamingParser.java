package dev.lede.parse;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A parser for a format that can be read record by record, so that an input of any size is read in bounded memory. */
public interface StreamingParser extends ArticleParser {

    /**
     * Reads every article of the input and hands each to the listener as soon as it is read.
     *
     * @throws ParseException when the input as a whole is empty or unreadable (articles already handed on stay)
     * @throws IOException when the input cannot be read
     */
    void read(SourceInput input, ParseListener listener) throws ParseException, IOException;

    /** Reads a document already in memory, collecting what {@link #read} hands on. */
    @Override
    default ParseResult parse(SourceDocument doc) throws ParseException {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            read(SourceInput.of(doc.location(), doc.content()), new ParseListener() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void problem(String location, String detail) {
                    problems.add(location.equals(doc.location()) ? detail : location + ": " + detail);
                }

                @Override
                public void warning(String location, String detail) {
                    warnings.add(location.equals(doc.location()) ? detail : location + ": " + detail);
                }
            });
        } catch (IOException e) {
            throw new ParseException(ParseException.Kind.INVALID, doc.location(), "cannot be read: " + e.getMessage());
        }
        return new ParseResult(articles, problems, warnings);
    }
}
