package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrSampleCollection;
import dev.lede.SolrTestCluster;
import dev.lede.TestServer;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.FacetField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same requests through the real server over the Lucene backend and over the SolrCloud backend (2 shards × 2
 * replicas), on the sample articles indexed by the same command line: the supported features must answer alike.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrParityApiTest {

    private static TestServer lucene;
    private static TestServer solr;

    @BeforeAll
    static void startBothServers() throws Exception {
        SolrSampleCollection sample = SolrSampleCollection.get();
        lucene = new TestServer(sample.luceneIndex);
        SolrConnection connection =
                SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), SolrSampleCollection.COLLECTION);
        solr = new TestServer(
                SolrArticleSearch.open(connection, sample.sideFiles), SolrCloudApiBackend.refusingWrites());
    }

    @AfterAll
    static void stopBothServers() throws Exception {
        if (lucene != null) {
            lucene.close();
        }
        if (solr != null) {
            solr.close();
        }
    }

    @Test
    void everyArticleWithItsFacetsAndTimelinesIsTheSame() throws Exception {
        JsonNode all = assertSameAnswer("/api/search?size=100");
        assertTrue(all.path("total").asLong() > 40, "the sample has 47 articles: " + all.path("total"));
        assertTrue(all.path("facets").path("people").size() > 3, "people are counted");
    }

    @Test
    void keywordQueriesFindTheSameArticles() throws Exception {
        for (String query : List.of(
                "tram",
                "harbour tram",
                "\"harbour tram\"",
                "drought OR dengue",
                "semiconduct*",
                "kenya -rains",
                "title:veresk",
                "rains~")) {
            assertSameAnswer("/api/search?size=100&q=" + TestServer.encode(query));
        }
    }

    @Test
    void allAnyAndExcludedFiltersCountTheSame() throws Exception {
        JsonNode all = lucene.get("/api/search?size=0").json();
        String person = top(all, "people", 0);
        String place = top(all, "places", 0);
        String otherPlace = top(all, "places", 1);
        String org = top(all, "orgs", 0);
        assertSameAnswer("/api/search?size=100&person=" + TestServer.encode(person));
        assertSameAnswer("/api/search?size=100&place=" + TestServer.encode(place) + "&place="
                + TestServer.encode(otherPlace) + "&any=place");
        assertSameAnswer("/api/search?size=100&exclude=" + TestServer.encode("org:" + org));
        assertSameAnswer("/api/search?size=100&multiSelect=true&place=" + TestServer.encode(place) + "&person="
                + TestServer.encode(person));
    }

    @Test
    void datesSortsPagesAndChosenCountsAreTheSame() throws Exception {
        assertSameAnswer("/api/search?size=100&from=2024-01-01&to=2024-12-31");
        assertSameAnswer("/api/search?size=5&page=2&sort=oldest");
        assertSameAnswer("/api/search?size=5&page=3&sort=newest");
        assertSameAnswer("/api/search?size=100&mentionedFrom=2025-01-01&mentionedTo=2025-12-31");
        assertSameAnswer("/api/search?size=100&q=tram&sort=recent");
        assertSameAnswer("/api/search?size=0&facets=people,places,published&facetLimit=3");
    }

    @Test
    void chosenHistogramBoundsAndUnitsCountTheSamePeriods() throws Exception {
        for (String histogram : List.of(
                "histogramUnit=day&histogramFrom=2024-03-01&histogramTo=2024-04-15",
                "histogramUnit=week",
                "histogramUnit=month&q=tram",
                "histogramUnit=year",
                "histogramFrom=2019-06-01",
                "histogramTo=2024-06-30",
                "histogramFrom=2024-01-01&histogramTo=2024-12-31&sort=oldest",
                "histogramUnit=month&multiSelect=true&from=2024-01-01&to=2024-06-30",
                "histogramUnit=week&exclude=" + TestServer.encode("place:Rotterdam"),
                "histogramUnit=month&q=zzzqxnothing")) {
            assertSameAnswer("/api/search?size=100&" + histogram);
        }
        JsonNode weeks =
                solr.get("/api/search?size=0&histogramUnit=week").json().path("published");
        assertEquals("week", weeks.path("granularity").asText(), weeks.toString());
        assertTrue(weeks.path("buckets").size() > 10, "every week between the first and last match: " + weeks);
    }

    @Test
    void tooManyChosenBarsIsTheSame400AsOnLucene() throws Exception {
        String request = "/api/search?histogramUnit=day&histogramFrom=2000-01-01&histogramTo=2025-12-31";
        TestServer.Response fromLucene = lucene.get(request);
        TestServer.Response fromSolr = solr.get(request);

        assertEquals(400, fromSolr.status(), fromSolr.body());
        assertEquals(fromLucene.json(), fromSolr.json());
    }

    @Test
    void aBatchOfNamesAndQueriesCountsAndDatesTheSame() throws Exception {
        JsonNode all = lucene.get("/api/search?size=0&facetLimit=4").json();
        List<String> lines = new ArrayList<>(List.of("tram", "harbour tram", "drought OR dengue", "zzqx nothing", ""));
        for (String facet : List.of("people", "places", "countries", "orgs")) {
            for (JsonNode value : all.path("facets").path(facet)) {
                lines.add(value.path("value").asText().toLowerCase(Locale.ROOT));
                value.path("aliases").forEach(alias -> lines.add(alias.asText()));
            }
        }
        String body = String.join("\n", lines);
        String place = top(all, "places", 0);
        int named = 0;
        for (String request : List.of(
                "/api/batch",
                "/api/batch?q=" + TestServer.encode("rains OR tram"),
                "/api/batch?from=2024-01-01&exclude=" + TestServer.encode("place:" + place),
                "/api/batch?format=csv")) {
            TestServer.Response fromLucene = lucene.send("POST", request, "text/plain", body);
            TestServer.Response fromSolr = solr.send("POST", request, "text/plain", body);
            assertEquals(200, fromLucene.status(), fromLucene.body());
            assertEquals(200, fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals(fromLucene.body(), fromSolr.body(), request);
            named += fromLucene.body().split("\"field\":\"", -1).length - 1;
        }
        assertTrue(named > 10, "lines name entities: " + named);
    }

    @Test
    void followingTheCursorsVisitsEveryArticleOnce() throws Exception {
        List<String> visited = visitedFrom(solr, "/api/search?size=7&sort=oldest");

        assertEquals(hitIds(lucene.get("/api/search?size=100").json()), new TreeSet<>(visited));
        assertEquals(visited.size(), new TreeSet<>(visited).size(), "no article twice: " + visited);
    }

    @Test
    void aLaterPageNumberHasACursorToTheRestAsOnLucene() throws Exception {
        for (String request : List.of(
                "/api/search?size=7&page=3&sort=oldest", "/api/search?size=4&page=2&sort=newest&place=Rotterdam")) {
            List<String> fromSolr = visitedFrom(solr, request);
            assertEquals(new TreeSet<>(visitedFrom(lucene, request)), new TreeSet<>(fromSolr), request);
            assertEquals(fromSolr.size(), new TreeSet<>(fromSolr).size(), "no article twice: " + fromSolr);
            assertTrue(fromSolr.size() > 3, request + " has pages after it: " + fromSolr);
        }
        // By relevance too, the pages before and the rest are every match once.
        String byRelevance = "/api/search?q=" + TestServer.encode("tram OR rains OR drought");
        List<String> everyMatch = new ArrayList<>(visitedFrom(solr, byRelevance + "&size=5&page=3"));
        everyMatch.addAll(hitIds(solr.get(byRelevance + "&size=10").json()));
        assertEquals(hitIds(lucene.get(byRelevance + "&size=100").json()), new TreeSet<>(everyMatch));
        assertEquals(everyMatch.size(), new TreeSet<>(everyMatch).size(), "no article twice: " + everyMatch);
        assertTrue(
                solr.get("/api/search?size=20&page=3").json().path("nextCursor").isNull(), "the last page");
    }

    @Test
    void aBadCursorOrOneOfAnotherOrderIsTheSame400AsOnLucene() throws Exception {
        String oldest = solr.get("/api/search?size=3&sort=oldest")
                .json()
                .path("nextCursor")
                .asText();
        String tram =
                solr.get("/api/search?size=3&q=tram").json().path("nextCursor").asText();
        for (String request : List.of(
                "/api/search?cursor=not-a-cursor",
                "/api/search?cursor=e30",
                "/api/search?sort=newest&cursor=" + TestServer.encode(oldest),
                "/api/search?q=tram&sort=recent&cursor=" + TestServer.encode(tram),
                "/api/search?page=2&cursor=" + TestServer.encode(oldest))) {
            TestServer.Response fromSolr = solr.get(request);
            assertEquals(400, fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals("cursor", fromSolr.json().path("parameter").asText(), request);
        }
        for (String request : List.of("/api/search?cursor=not-a-cursor", "/api/search?cursor=e30")) {
            TestServer.Response fromLucene = lucene.get(request);
            assertEquals(fromLucene.json(), solr.get(request).json(), request);
        }
        assertEquals(
                200,
                solr.get("/api/search?sort=oldest&cursor=" + TestServer.encode(oldest))
                        .status());
    }

    @Test
    void relevanceRanksAsOneLuceneIndexDoes() throws Exception {
        for (String query : List.of(
                "tram OR rains OR drought", "minister", "port strike", "election OR vote", "trams", "port strikes")) {
            String request = "/api/search?size=20&q=" + TestServer.encode(query);
            assertEquals(
                    idsInOrder(lucene.get(request).json()),
                    idsInOrder(solr.get(request).json()),
                    query);
        }
    }

    private static List<String> idsInOrder(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    /** The hits of {@code request} and of every page its cursors lead to, in order. */
    private static List<String> visitedFrom(TestServer server, String request) throws Exception {
        List<String> visited = new ArrayList<>();
        String next = "";
        int pages = 0;
        while (next != null) {
            JsonNode page = server.get(
                            next.isEmpty()
                                    ? request
                                    : request.replaceAll("&page=\\d+", "") + "&cursor=" + TestServer.encode(next))
                    .json();
            page.path("hits").forEach(hit -> visited.add(hit.path("id").asText()));
            next = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asText();
            assertTrue(++pages < 20, "the cursors end");
        }
        return visited;
    }

    @Test
    void anExportListsTheSameArticles() throws Exception {
        for (String filters : List.of("", "&q=tram", "&sort=oldest&exclude=" + TestServer.encode("place:Rotterdam"))) {
            String request = "/api/export?format=jsonl" + filters;
            assertEquals(exportedIds(lucene.get(request)), exportedIds(solr.get(request)), request);
        }
    }

    private static List<String> exportedIds(TestServer.Response export) throws Exception {
        assertEquals(200, export.status(), export.body());
        List<String> ids = new ArrayList<>();
        for (String line : export.body().lines().toList()) {
            ids.add(lucene.json(line).path("id").asText());
        }
        assertTrue(!ids.isEmpty() && ids.stream().noneMatch(String::isBlank), export.body());
        return ids.stream().sorted().toList();
    }

    @Test
    void facetValueSearchFindsAndCountsTheSameValues() throws Exception {
        JsonNode all = lucene.get(
                        "/api/search?size=0&facetLimit=50&facets=people,places,countries,regions,orgs,sources")
                .json();
        List<String> requests = new ArrayList<>();
        for (FacetField facet : FacetField.values()) {
            String field = facet.parameter();
            JsonNode values = all.path("facets").path(facet.plural());
            String top = values.get(0).path("value").asText();
            String lastWord = top.substring(top.lastIndexOf(' ') + 1);
            for (String prefix : List.of(
                    "",
                    top.substring(0, 1),
                    lastWord.substring(0, Math.min(3, lastWord.length())).toUpperCase(Locale.ROOT),
                    "zzzq")) {
                requests.add("/api/facets/" + field + "?prefix=" + TestServer.encode(prefix));
            }
            values.forEach(value -> value.path("aliases")
                    .forEach(alias ->
                            requests.add("/api/facets/" + field + "?prefix=" + TestServer.encode(alias.asText()))));
        }
        String place = top(all, "places", 0);
        requests.add("/api/facets/person?prefix=a&q=tram&limit=3");
        requests.add("/api/facets/place?place=" + TestServer.encode(place) + "&any=place");
        requests.add("/api/facets/org?place=" + TestServer.encode(place) + "&exclude="
                + TestServer.encode("person:" + top(all, "people", 0)));
        int found = 0;
        for (String request : requests) {
            TestServer.Response fromLucene = lucene.get(request);
            TestServer.Response fromSolr = solr.get(request);
            assertEquals(200, fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals(fromLucene.json(), fromSolr.json(), request);
            found += fromLucene.json().path("values").size();
        }
        assertTrue(found > requests.size(), "the prefixes find values: " + found);
    }

    @Test
    void aBadFacetValueSearchIsThe400OfLucene() throws Exception {
        for (String request : List.of("/api/facets/person?limit=0", "/api/facets/person?prefix=" + "a".repeat(101))) {
            TestServer.Response fromLucene = lucene.get(request);
            TestServer.Response fromSolr = solr.get(request);
            assertEquals(400, fromSolr.status(), fromSolr.body());
            assertEquals(fromLucene.json(), fromSolr.json(), request);
        }
    }

    @Test
    void entityProfilesCountTheSameMonthsAndCoMentions() throws Exception {
        JsonNode all = lucene.get("/api/search?size=0&facetLimit=5").json();
        List<String> requests = new ArrayList<>();
        for (FacetField facet : List.of(FacetField.PERSON, FacetField.PLACE, FacetField.COUNTRY, FacetField.ORG)) {
            for (JsonNode value : all.path("facets").path(facet.plural())) {
                String path = "/api/entities/" + facet.parameter() + "/";
                requests.add(path + inPath(value.path("value").asText()));
                value.path("aliases").forEach(alias -> requests.add(path + inPath(alias.asText())));
            }
        }
        String person = "/api/entities/person/" + inPath(top(all, "people", 0));
        requests.add(person + "?from=2024-03-15&to=2025-06-30");
        requests.add(person + "?to=2023-12-31");
        int answered = 0;
        for (String request : requests) {
            TestServer.Response fromLucene = lucene.get(request);
            TestServer.Response fromSolr = solr.get(request);
            assertEquals(fromLucene.status(), fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals(fromLucene.json(), fromSolr.json(), request);
            answered += fromLucene.status() == 200 ? 1 : 0;
        }
        assertTrue(answered > 15, "profiles found: " + answered);
    }

    @Test
    void aProfileNobodyMentionsOrAskedWronglyFailsAsOnLucene() throws Exception {
        for (String request : List.of(
                "/api/entities/person/" + inPath("Nobody Atall Zqx"),
                "/api/entities/source/x",
                "/api/entities/person/x?from=2025-01-02&to=2025-01-01")) {
            TestServer.Response fromLucene = lucene.get(request);
            TestServer.Response fromSolr = solr.get(request);
            assertTrue(fromLucene.status() >= 400 && fromLucene.status() < 500, fromLucene.body());
            assertEquals(fromLucene.status(), fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals(fromLucene.json(), fromSolr.json(), request);
        }
    }

    @Test
    void anArticleReadsTheSame() throws Exception {
        String id = lucene.get("/api/search?size=1")
                .json()
                .path("hits")
                .get(0)
                .path("id")
                .asText();
        TestServer.Response fromLucene = lucene.get("/api/articles/" + TestServer.encode(id));
        TestServer.Response fromSolr = solr.get("/api/articles/" + TestServer.encode(id));

        assertEquals(200, fromSolr.status(), fromSolr.body());
        assertEquals(fromLucene.json(), fromSolr.json());
    }

    @Test
    void highlightedSnippetsMarkTheSearchedWords() throws Exception {
        JsonNode hits = solr.get("/api/search?q=tram&size=3").json().path("hits");

        assertTrue(hits.size() > 0);
        hits.forEach(hit -> assertTrue(hit.path("snippet").asText().contains("<mark>"), hit.toString()));
    }

    /** Asserts both servers answer {@code request} alike (hits, counts, facets, timelines); returns Lucene's answer. */
    private static JsonNode assertSameAnswer(String request) throws Exception {
        return BothBackends.assertSameSearch(lucene, solr, request);
    }

    private static TreeSet<String> hitIds(JsonNode page) {
        return BothBackends.hitIds(page);
    }

    /** A name as one segment of a path, where "+" would be taken literally. */
    private static String inPath(String name) {
        return TestServer.encode(name).replace("+", "%20");
    }

    private static String top(JsonNode page, String facet, int rank) {
        return page.path("facets").path(facet).get(rank).path("value").asText();
    }
}
