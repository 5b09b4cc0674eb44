package dev.lede.parse;

import dev.lede.model.Article;
import java.util.List;

/**
 * The articles read from one document.
 *
 * @param articles the articles, in document order
 * @param problems human-readable notes about parts skipped or left out of an otherwise readable document,
 *     such as {@code "line 7: invalid JSON: ..."}; they do not repeat the document location
 * @param warnings notes about articles kept with a field left out, such as {@code "line 9: published 'yesterday' is
 *     not a date; indexed without a date"}
 */
public record ParseResult(List<Article> articles, List<String> problems, List<String> warnings) {

    public ParseResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public ParseResult(List<Article> articles, List<String> problems) {
        this(articles, problems, List.of());
    }
}
