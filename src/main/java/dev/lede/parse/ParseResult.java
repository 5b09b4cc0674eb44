package dev.lede.parse;

import dev.lede.model.Article;
import java.util.List;

/**
 * The articles read from one document.
 *
 * @param articles the articles, in document order
 * @param problems human-readable notes about parts skipped or left out of an otherwise readable document,
 *     such as {@code "line 7: invalid JSON: ..."}; they do not repeat the document location
 */
public record ParseResult(List<Article> articles, List<String> problems) {

    public ParseResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
