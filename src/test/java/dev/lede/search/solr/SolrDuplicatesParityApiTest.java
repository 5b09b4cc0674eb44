package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.search.lucene.DuplicateFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Near-duplicates and {@code collapse=true} through the real server on both backends, over wire stories and their
 * copies written to a Lucene index and to a SolrCloud collection of two shards (so copies lie on other shards), and
 * over the sample articles: the same copies, similarities, groups, shown members and copy sources.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrDuplicatesParityApiTest {

    private static final String COLLECTION = "duplicates";
    private static final List<String> FIXTURE_IDS =
            List.of("wire-1", "copy-2", "copy-3", "tram-4", "drought-5", "drought-6", "short-7");

    private static BothBackends both;

    @BeforeAll
    static void indexTheCopiesIntoBothBackends() throws Exception {
        Path luceneIndex = ScratchDirs.create("lede-duplicates-lucene");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(luceneIndex)) {
            DuplicateFixtures.write(writer);
            DuplicateFixtures.writeChain(writer);
        }
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), COLLECTION)) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            SolrArticleSink sink = new SolrArticleSink(solr);
            DuplicateFixtures.write(sink);
            DuplicateFixtures.writeChain(sink);
        }
        both = BothBackends.over(luceneIndex, COLLECTION, ScratchDirs.create("lede-duplicates-side"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void everyArticleHasTheSameNearDuplicatesAndSimilarities() throws Exception {
        int found = 0;
        for (String id : FIXTURE_IDS) {
            found += both.assertSameJson("/api/articles/" + id + "/duplicates")
                    .path("duplicates")
                    .size();
            both.assertSameJson("/api/articles/" + id + "/duplicates?limit=1");
        }
        assertEquals(8, found, "wire-1, copy-2 and copy-3 two each; drought-5 and drought-6 one each");
    }

    @Test
    void relatedStoriesLeaveOutTheArticlesCopiesOnBothBackends() throws Exception {
        for (TestServer server : List.of(both.lucene, both.solr)) {
            assertEquals(List.of("tram-4"), relatedIds(server, "wire-1", 1));
            List<String> related = relatedIds(server, "wire-1", 20);
            assertTrue(
                    related.contains("tram-4") && !related.contains("copy-2") && !related.contains("copy-3"),
                    related.toString());
            List<String> ofCopy = relatedIds(server, "copy-2", 20);
            assertTrue(!ofCopy.contains("wire-1") && !ofCopy.contains("copy-3"), ofCopy.toString());
        }
    }

    private static List<String> relatedIds(TestServer server, String id, int limit) throws Exception {
        List<String> ids = new ArrayList<>();
        server.get("/api/articles/" + id + "/related?limit=" + limit)
                .json()
                .path("related")
                .forEach(related -> ids.add(related.path("id").asText()));
        return ids;
    }

    @Test
    void collapsedPagesShowTheSameGroupsMembersAndCopies() throws Exception {
        for (String request : List.of(
                "q=tram&sort=newest",
                "q=tram&sort=oldest",
                "sort=newest",
                "sort=oldest&size=2&page=2",
                "sort=newest&size=2&page=3",
                "sort=newest&exclude=" + TestServer.encode("source:Continental Wire"),
                "sort=oldest&from=2025-03-02",
                "q=island&sort=oldest",
                "q=island&sort=newest")) {
            assertSameCollapsedPage(both, "/api/search?collapse=true&" + request);
        }
        JsonNode chain = both.solr
                .get("/api/search?q=island&sort=oldest&collapse=true")
                .json()
                .path("hits");
        assertEquals(2, chain.size(), chain.toString());
        assertEquals(
                List.of("ferry-a", "ferry-c"),
                List.of(
                        chain.get(0).path("id").asText(),
                        chain.get(1).path("id").asText()));
        assertEquals(1, chain.get(0).path("copies").asInt(), "ferry-b joins the first telling");
        assertEquals(0, chain.get(1).path("copies").asInt(), "ferry-b, grouped already, is no copy of ferry-c's");
        JsonNode wire = both.solr
                .get("/api/search?q=tram&sort=newest&collapse=true")
                .json()
                .path("hits")
                .get(2);
        assertEquals("wire-1", wire.path("id").asText(), "the earliest copy is shown");
        assertEquals(2, wire.path("copies").asInt());
    }

    @Test
    void theSampleArticlesHaveTheSameDuplicatesAndCollapseAlike() throws Exception {
        try (BothBackends sample = BothBackends.sample()) {
            JsonNode all = sample.lucene.get("/api/search?size=100").json();
            assertTrue(all.path("hits").size() > 40);
            for (JsonNode hit : all.path("hits")) {
                sample.assertSameJson(
                        "/api/articles/" + TestServer.encode(hit.path("id").asText()) + "/duplicates");
            }
            sample.assertSameJson("/api/articles/zzz-no-such-article/duplicates");
            for (String request : List.of("sort=newest&size=20", "sort=oldest&size=5&page=3", "q=tram&sort=oldest")) {
                assertSameCollapsedPage(sample, "/api/search?collapse=true&" + request);
            }
        }
    }

    @Test
    void badDuplicateRequestsAreTheSame4xxAsOnLucene() throws Exception {
        for (String request : List.of(
                "/api/articles/nope/duplicates",
                "/api/articles/wire-1/duplicates?limit=0",
                "/api/articles/wire-1/duplicates?limit=101",
                "/api/search?collapse=true&cursor=abc",
                "/api/search?collapse=maybe")) {
            TestServer.Response fromSolr = both.solr.get(request);
            assertTrue(fromSolr.status() >= 400 && fromSolr.status() < 500, request + ": " + fromSolr.body());
            both.assertSameJson(request);
        }
    }

    /**
     * Asserts both collapse alike: the total (every match, as uncollapsed), the page's shown members in order with
     * their copies and copy sources, the facets and no cursor. Snippets are left to the highlighting tests.
     */
    private static void assertSameCollapsedPage(BothBackends backends, String request) throws Exception {
        JsonNode expected = backends.lucene.get(request).json();
        JsonNode actual = backends.solr.get(request).json();
        assertEquals(expected.path("total"), actual.path("total"), request + ": total");
        assertEquals(groups(expected), groups(actual), request + ": groups");
        assertEquals(expected.path("facets"), actual.path("facets"), request + ": facets");
        assertEquals(expected.path("nextCursor"), actual.path("nextCursor"), request + ": nextCursor");
    }

    private static List<String> groups(JsonNode page) {
        List<String> groups = new ArrayList<>();
        page.path("hits")
                .forEach(hit -> groups.add(
                        hit.path("id").asText() + " ×" + hit.path("copies") + " " + hit.path("copySources")));
        return groups;
    }
}
