package dev.lede.search.lucene;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A query (or a group in it) made only of exclusions — {@code -tram}, {@code NOT tram}, {@code water AND (-tram)} —
 * means every article but those, as a reader means it; Lucene's boolean query matches nothing without a clause that
 * must or should match, so each such group gets one that matches every article.
 */
final class OnlyExclusions {

    private OnlyExclusions() {}

    static Query meanEverythingElse(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder rebuilt =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean onlyExclusions = !bool.clauses().isEmpty();
        for (BooleanClause clause : bool.clauses()) {
            rebuilt.add(meanEverythingElse(clause.query()), clause.occur());
            onlyExclusions &= clause.occur() == Occur.MUST_NOT;
        }
        if (onlyExclusions) {
            rebuilt.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        return rebuilt.build();
    }
}
