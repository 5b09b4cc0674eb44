package dev.lede.search.lucene;

import dev.lede.index.Schema;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Narrows a query to articles chosen outside the index (by their ids), e.g. the ones a reader starred or tagged: a
 * filter clause on the id field, so scores stay those of the query.
 */
final class IdRestriction {

    private IdRestriction() {}

    /** {@code query} among the articles with {@code ids}; {@code query} itself when {@code ids} is {@code null}. */
    static Query apply(Query query, Set<String> ids) {
        if (ids == null) {
            return query;
        }
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(Schema.ID, terms), Occur.FILTER)
                .build();
    }

    /** The ids of the articles {@code query}, restricted to {@code among} by {@link #apply}, matches. */
    static Set<String> matching(IndexSearcher searcher, Query query, Set<String> among) throws IOException {
        Set<String> ids = new HashSet<>();
        if (among.isEmpty()) {
            return ids;
        }
        var storedFields = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, among.size()).scoreDocs) {
            ids.add(storedFields.document(hit.doc, Set.of(Schema.ID)).get(Schema.ID));
        }
        return ids;
    }
}
