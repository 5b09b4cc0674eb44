package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrSampleCollection;
import dev.lede.SolrTestCluster;
import dev.lede.TestServer;
import dev.lede.index.solr.SolrConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The real server twice over the same articles, on a Lucene index and on a SolrCloud collection, to ask both alike. */
final class BothBackends implements AutoCloseable {

    final TestServer lucene;
    final TestServer solr;

    private BothBackends(TestServer lucene, TestServer solr) {
        this.lucene = lucene;
        this.solr = solr;
    }

    /** The sample articles, indexed once per run by the real command line into both backends. */
    static BothBackends sample() throws IOException {
        SolrSampleCollection sample = SolrSampleCollection.get();
        return over(sample.luceneIndex, SolrSampleCollection.COLLECTION, sample.sideFiles);
    }

    /** @param sideFiles the Solr backend's folder of curation, saved searches and annotations */
    static BothBackends over(Path luceneIndex, String collection, Path sideFiles) throws IOException {
        TestServer lucene = new TestServer(luceneIndex);
        SolrConnection connection = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), collection);
        return new BothBackends(
                lucene,
                new TestServer(SolrArticleSearch.open(connection, sideFiles), SolrCloudApiBackend.refusingWrites()));
    }

    /** Asserts both answer {@code request} with the same status and the same JSON; returns Lucene's answer. */
    JsonNode assertSameJson(String request) throws Exception {
        TestServer.Response fromLucene = lucene.get(request);
        TestServer.Response fromSolr = solr.get(request);
        assertEquals(fromLucene.status(), fromSolr.status(), request + ": " + fromSolr.body());
        assertEquals(fromLucene.json(), fromSolr.json(), request);
        return fromLucene.json();
    }

    /** Asserts both answer the search {@code request} alike (hits, counts, facets, timelines); returns Lucene's answer. */
    JsonNode assertSameSearch(String request) throws Exception {
        return assertSameSearch(lucene, solr, request);
    }

    static JsonNode assertSameSearch(TestServer lucene, TestServer solr, String request) throws Exception {
        TestServer.Response fromLucene = lucene.get(request);
        TestServer.Response fromSolr = solr.get(request);
        assertEquals(200, fromLucene.status(), fromLucene.body());
        assertEquals(200, fromSolr.status(), request + ": " + fromSolr.body());
        JsonNode expected = fromLucene.json();
        JsonNode actual = fromSolr.json();
        assertEquals(expected.path("total"), actual.path("total"), request + ": total");
        assertEquals(hitIds(expected), hitIds(actual), request + ": hits");
        assertEquals(publishedOrder(expected), publishedOrder(actual), request + ": order");
        assertEquals(expected.path("facets"), actual.path("facets"), request + ": facets");
        assertEquals(expected.path("published"), actual.path("published"), request + ": publication timeline");
        assertEquals(expected.path("mentioned"), actual.path("mentioned"), request + ": mentioned timeline");
        return expected;
    }

    static TreeSet<String> hitIds(JsonNode page) {
        TreeSet<String> ids = new TreeSet<>();
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    /**
     * The hits' publication times in order, for orders by date; relevance scores differ between one index and two
     * shards, so a relevance page is compared as a set.
     */
    private static List<String> publishedOrder(JsonNode page) {
        String sort = page.path("sort").asText();
        if (!page.path("query").asText().isEmpty() && !sort.equals("newest") && !sort.equals("oldest")) {
            return List.of();
        }
        List<String> order = new ArrayList<>();
        page.path("hits").forEach(hit -> order.add(hit.path("published").asText()));
        return order;
    }

    @Override
    public void close() throws Exception {
        try (lucene) {
            solr.close();
        }
    }
}
