package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The "recent" ranking: relevance plus a bonus that halves with every {@link #HALF_BONUS_AGE} of distance from the
 * newest article in the index (not from today, so that an archive of 1987 wire stories ranks the same way).
 */
final class RecencyBoost {

    /** At this age an article gets half the bonus of the newest one. */
    static final Duration HALF_BONUS_AGE = Duration.ofDays(30);

    /** The bonus of the newest article, comparable to a good keyword match with BM25. */
    static final float WEIGHT = 3f;

    private RecencyBoost() {}

    static Query apply(Query keywords, SearchRequest request, IndexReader reader) {
        if (request.sort() != SortOrder.RECENT || !request.hasKeywords()) {
            return keywords;
        }
        try {
            byte[] newest = PointValues.getMaxPackedValue(reader, Schema.PUBLISHED);
            if (newest == null) {
                return keywords;
            }
            long origin = LongPoint.decodeDimension(newest, 0);
            Query recency =
                    LongField.newDistanceFeatureQuery(Schema.PUBLISHED, WEIGHT, origin, HALF_BONUS_AGE.toMillis());
            return new BooleanQuery.Builder()
                    .add(keywords, Occur.MUST)
                    .add(recency, Occur.SHOULD)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
