package dev.lede.eval;

import dev.lede.model.Article;
import java.io.IOException;
import java.util.List;

/**
 * A search engine as {@link TopicRanking} needs it: one that indexes articles and ranks them for keywords. The
 * command line gives Lede's own (a real index on disk, searched as {@code /api/search} searches it), since the
 * evaluation reaches neither the index nor the search package itself.
 */
public interface RankingEngine {

    /** Indexes the articles; the ranking answers until it is closed. */
    Ranking index(List<Article> articles) throws IOException;

    /** The articles' ids in the order a search for keywords lists them. */
    interface Ranking extends AutoCloseable {

        /** @param depth how many hits to read at most, from the first */
        List<String> ranked(String keywords, int depth) throws IOException;

        @Override
        void close() throws IOException;
    }
}
