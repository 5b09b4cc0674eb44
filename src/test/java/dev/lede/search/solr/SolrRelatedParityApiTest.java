package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudExtension;
import dev.lede.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Related stories through the real server on both backends over the sample articles. Solr's MoreLikeThis parser
 * picks and weighs the article's words on each shard with that shard's own term statistics (and its minimum document
 * frequency of two counts within a shard), so the lists are not expected to be identical: what must agree is the
 * contract (never the article itself, nothing twice, the shared people, places and organisations exactly what both
 * articles show, the same 404 and 400s), and the lists must mostly name the same stories.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrRelatedParityApiTest {

    /** The share of Lucene's related stories Solr lists too: 188 of 235 (0.80) on the sample; a floor with room. */
    private static final double MIN_AGREEMENT = 0.6;

    private static BothBackends both;
    private static final Map<String, JsonNode> ARTICLES = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        both = BothBackends.sample();
        for (JsonNode hit : both.lucene.get("/api/search?size=100").json().path("hits")) {
            String id = hit.path("id").asText();
            ARTICLES.put(id, both.solr.get(path(id)).json());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void relatedStoriesNeverListTheArticleAndShowWhatBothMention() throws Exception {
        int listed = 0;
        for (String id : ARTICLES.keySet()) {
            TestServer.Response response = both.solr.get(path(id) + "/related?limit=20");
            assertEquals(200, response.status(), response.body());
            Set<String> seen = new HashSet<>();
            for (JsonNode related : response.json().path("related")) {
                String other = related.path("id").asText();
                assertFalse(other.equals(id), id + " is not related to itself");
                assertTrue(seen.add(other), id + " lists " + other + " once");
                for (String[] field : List.of(
                        new String[] {"people", "sharedPeople"},
                        new String[] {"places", "sharedPlaces"},
                        new String[] {"orgs", "sharedOrgs"})) {
                    assertEquals(
                            shared(
                                    ARTICLES.get(id).path(field[0]),
                                    ARTICLES.get(other).path(field[0])),
                            texts(related.path(field[1])),
                            id + " ~ " + other + ": " + field[1]);
                }
                listed++;
            }
        }
        assertTrue(listed > ARTICLES.size() * 3, "stories are related: " + listed);
    }

    @Test
    void theRelatedStoriesAreMostlyTheOnesLuceneFinds() throws Exception {
        int lucene = 0;
        int both = 0;
        for (String id : ARTICLES.keySet()) {
            List<String> fromLucene = ids(SolrRelatedParityApiTest.both
                    .lucene
                    .get(path(id) + "/related")
                    .json());
            Set<String> fromSolr = new HashSet<>(ids(SolrRelatedParityApiTest.both
                    .solr
                    .get(path(id) + "/related")
                    .json()));
            lucene += fromLucene.size();
            both += (int) fromLucene.stream().filter(fromSolr::contains).count();
        }
        assertTrue(both >= MIN_AGREEMENT * lucene, both + " of Lucene's " + lucene + " related stories on Solr too");
    }

    @Test
    void unknownArticlesAndBadLimitsAreTheSame4xxAsOnLucene() throws Exception {
        String id = ARTICLES.keySet().iterator().next();
        for (String request : List.of(
                "/api/articles/zzz-no-such-article/related",
                path(id) + "/related?limit=0",
                path(id) + "/related?limit=21",
                path(id) + "/related?limit=x")) {
            TestServer.Response fromSolr = both.solr.get(request);
            assertTrue(fromSolr.status() >= 400 && fromSolr.status() < 500, request + ": " + fromSolr.body());
            both.assertSameJson(request);
        }
    }

    private static String path(String id) {
        return "/api/articles/" + TestServer.encode(id).replace("+", "%20");
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("related").forEach(related -> ids.add(related.path("id").asText()));
        return ids;
    }

    private static List<String> shared(JsonNode values, JsonNode others) {
        List<String> theirs = texts(others);
        return texts(values).stream().filter(theirs::contains).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
