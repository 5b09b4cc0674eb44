package dev.lede.search.solr;

import dev.lede.search.SearchTimedOutException;
import java.time.Duration;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Lede's search time limit on Solr: each query carries it as {@code timeAllowed}, and a shard that ran out of time
 * makes Solr answer with what it found so far, marked {@code partialResults}. Lede shows no partial answer (its counts
 * would be wrong without saying so): it is the same {@link SearchTimedOutException} (503) as on Lucene.
 */
record SolrTimeLimit(Duration limit) {

    private static final String PARTIAL_RESULTS = "partialResults";

    /** No limit: one-off commands such as {@code lede export} may take as long as they need. */
    static final SolrTimeLimit NONE = new SolrTimeLimit(null);

    static SolrTimeLimit of(Duration limit) {
        return limit == null || limit.isZero() || limit.isNegative() ? NONE : new SolrTimeLimit(limit);
    }

    SolrQuery applyTo(SolrQuery query) {
        if (limit != null) {
            query.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, limit.toMillis()));
        }
        return query;
    }

    /**
     * @throws SearchTimedOutException when a shard stopped at the limit
     */
    QueryResponse check(QueryResponse response) {
        Object partial = response.getResponseHeader() == null
                ? null
                : response.getResponseHeader().get(PARTIAL_RESULTS);
        if (limit != null && Boolean.TRUE.equals(partial)) {
            throw new SearchTimedOutException(limit);
        }
        return response;
    }
}
