package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.TestServer;
import dev.lede.config.BackendSettings;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.solr.common.cloud.Replica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * When SolrCloud cannot give a whole answer, the server says so with a 503 and a JSON message, as the Lucene engine
 * does for a search past its time limit: never a partial answer, a 500 or a stack trace.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrUnavailableApiTest {

    @Test
    void aSearchPastTheTimeLimitIsA503AndNotAPartialAnswer(@TempDir Path side) throws Exception {
        BackendSettings backend = SolrLiveWritesApiTest.collection("slow");
        try (SolrConnection solr = SolrConnection.open(backend.zkHost(), List.of(), backend.collection());
                SolrArticleSink sink = new SolrArticleSink(solr, 500)) {
            Random random = new Random(7);
            for (int i = 0; i < 4_000; i++) {
                sink.write(manyWords(i, random));
            }
        }
        LedeConfig config =
                LedeConfig.defaults().withIndexDir(side).withNlp(NlpMode.OFF).withPort(0);
        config = config.withDefences(config.defences().withSearchTimeLimit(Duration.ofMillis(1)));
        Backends.Opened opened = Backends.openServed(config, backend);
        try (TestServer server = new TestServer(opened.search(), opened.writes())) {
            TestServer.Response slow = server.get("/api/search?q=w*%20OR%20x*%20OR%20y*");

            assertEquals(503, slow.status(), slow.body());
            assertTrue(slow.json().path("error").asText().contains("longer than 1 ms"), slow.body());
        }
    }

    @Test
    void searchesWritesAndHealthAreA503WhileNoNodeHoldsAShard(@TempDir Path side) throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        BackendSettings backend = SolrLiveWritesApiTest.collection("lonely", 1);
        LedeConfig config = LedeConfig.defaults().withIndexDir(side).withNlp(NlpMode.OFF);
        Backends.Opened opened = Backends.openServed(config, backend);
        try (TestServer server = new TestServer(opened.search(), opened.writes())) {
            server.write("POST", "/api/articles", "{\"id\":\"l-1\",\"title\":\"Tram\",\"body\":\"A tram.\"}");
            int node = nodeOf(cluster, backend);
            cluster.stopNode(node);
            try {
                for (TestServer.Response refused : List.of(
                        server.get("/api/search?q=tram"),
                        server.get("/api/health"),
                        server.write(
                                "POST", "/api/articles", "{\"id\":\"l-2\",\"title\":\"Bus\",\"body\":\"A bus.\"}"))) {
                    assertEquals(503, refused.status(), refused.body());
                    assertTrue(refused.contentType().startsWith("application/json"), refused.contentType());
                    JsonNode error = refused.json();
                    assertTrue(error.path("error").asText().contains("could not be reached"), refused.body());
                }
            } finally {
                cluster.startNode(node);
            }
        }
    }

    /** Which of the cluster's nodes holds the collection's one replica. */
    private static int nodeOf(SolrTestCluster cluster, BackendSettings backend) throws Exception {
        try (SolrConnection solr = SolrConnection.open(backend.zkHost(), List.of(), backend.collection())) {
            Replica replica = solr.client()
                    .getClusterStateProvider()
                    .getCollection(backend.collection())
                    .getReplicas()
                    .getFirst();
            return cluster.nodeUrls().indexOf(replica.getBaseUrl());
        }
    }

    /** An article of words no other has, so that a prefix query has a great many terms to go through. */
    private static EnrichedArticle manyWords(int i, Random random) {
        StringBuilder body = new StringBuilder();
        for (int word = 0; word < 60; word++) {
            body.append("wxy".charAt(word % 3))
                    .append(Long.toString(random.nextLong() >>> 1, 36))
                    .append(' ');
        }
        return new EnrichedArticle(
                new Article("many-" + i, "Story " + i, body.toString(), null, "Wire", null, null), Enrichment.NONE);
    }
}
