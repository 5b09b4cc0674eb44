package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With 2 shards × 2 replicas on 2 nodes, a stopped node costs no answer: the other node holds a copy of each shard. */
@ExtendWith(SolrCloudExtension.class)
class SolrNodeFailureTest {

    private static final String COLLECTION = "failover";
    private static final int ARTICLES = 30;

    @Test
    void searchesAreStillAnsweredFromTheReplicasWhenANodeStops() throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        try (SolrConnection solr = SolrConnection.open(cluster.zkHost(), List.of(), COLLECTION)) {
            new SolrCollectionSetup(solr).run(2, 2, false);
            assertEachShardOnBothNodes(solr);
            try (SolrArticleSink sink = new SolrArticleSink(solr, 7)) {
                for (int i = 0; i < ARTICLES; i++) {
                    sink.write(article(i));
                }
            }
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-failover"));
            SearchRequest harbour = SearchRequest.forQuery("harbour");
            assertEquals(ARTICLES, search.articleCount());
            assertEquals(ARTICLES / 2, search.search(harbour).total());

            cluster.stopNode(1);
            try {
                assertEquals(ARTICLES, search.articleCount(), "every shard still answers");
                assertEquals(ARTICLES / 2, search.search(harbour).total());
                assertTrue(search.article("failover-7").isPresent());
            } finally {
                cluster.startNode(1);
            }
        }
    }

    private static void assertEachShardOnBothNodes(SolrConnection solr) throws Exception {
        var collection = solr.client().getClusterStateProvider().getCollection(COLLECTION);
        assertEquals(2, collection.getSlices().size());
        for (Slice shard : collection.getSlices()) {
            Set<String> nodes = new HashSet<>();
            for (Replica replica : shard.getReplicas()) {
                nodes.add(replica.getNodeName());
            }
            assertEquals(2, nodes.size(), shard.getName() + " has a copy on each node: " + nodes);
        }
    }

    private static EnrichedArticle article(int i) {
        String topic = i % 2 == 0 ? "harbour tram" : "drought relief";
        return new EnrichedArticle(
                new Article(
                        "failover-" + i,
                        "Story " + i + " about the " + topic,
                        "The " + topic + " story number " + i + ", written for the node failure test.",
                        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i),
                        "Wire",
                        null,
                        null),
                Enrichment.NONE);
    }
}
