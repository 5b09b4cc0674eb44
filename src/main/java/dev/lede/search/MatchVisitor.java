package dev.lede.search;

import dev.lede.model.ArticleView;
import java.io.IOException;

/** Receives every article a search matches, one at a time, in the search's order: see {@link ArticleSearch#export}. */
public interface MatchVisitor {

    /** Called once, after the request has been checked and before the first article: {@code total} articles follow. */
    void begin(long total) throws IOException;

    /** One matching article, as curation shows it. */
    void article(ArticleView article) throws IOException;
}
