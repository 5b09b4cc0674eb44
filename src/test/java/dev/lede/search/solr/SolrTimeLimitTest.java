package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.search.SearchTimedOutException;
import java.time.Duration;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

class SolrTimeLimitTest {

    private static QueryResponse answer(Boolean partial) {
        NamedList<Object> header = new NamedList<>();
        if (partial != null) {
            header.add("partialResults", partial);
        }
        NamedList<Object> response = new NamedList<>();
        response.add("responseHeader", header);
        return new QueryResponse(response);
    }

    @Test
    void eachQueryCarriesTheLimitAsTimeAllowed() {
        SolrQuery query = SolrTimeLimit.of(Duration.ofSeconds(5)).applyTo(new SolrQuery("tram"));

        assertEquals(5000, query.getTimeAllowed());
    }

    @Test
    void noLimitLeavesTheQueryAloneAndAcceptsAPartialAnswer() {
        SolrQuery query = SolrTimeLimit.of(null).applyTo(new SolrQuery("tram"));
        QueryResponse partial = answer(true);

        assertNull(query.getTimeAllowed());
        assertSame(partial, SolrTimeLimit.NONE.check(partial));
        assertSame(SolrTimeLimit.NONE, SolrTimeLimit.of(Duration.ZERO));
    }

    @Test
    void aPartialAnswerIsATimedOutSearchAndAWholeOneIsKept() {
        SolrTimeLimit limit = SolrTimeLimit.of(Duration.ofMillis(250));
        QueryResponse whole = answer(false);
        QueryResponse unmarked = answer(null);

        SearchTimedOutException timedOut = assertThrows(SearchTimedOutException.class, () -> limit.check(answer(true)));

        assertEquals(Duration.ofMillis(250), timedOut.limit());
        assertSame(whole, limit.check(whole));
        assertSame(unmarked, limit.check(unmarked));
    }
}
