package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The region facet ({@code region=}, {@code region:}, {@code facets.regions}): stories about towns of a state or
 * province counted and found under it, on each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionFacetApiContract {

    private static final String TEXAS = "Texas, United States";
    private static final String NEVADA = "Nevada, United States";
    private static final String BAVARIA = "Bavaria, Germany";

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndStart() throws Exception {
        server = backend()
                .index(
                        "regions",
                        List.of(
                                article("houston", List.of("Houston"), "United States", TEXAS),
                                article("dallas", List.of("Dallas", "Austin"), "United States", TEXAS),
                                article("munich", List.of("Munich"), "Germany", BAVARIA),
                                article("both", List.of("Las Vegas", "Houston"), "United States", NEVADA, TEXAS),
                                article("vegas", List.of("Las Vegas"), "United States", NEVADA)))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void everySearchCountsArticlesByRegion() throws Exception {
        assertEquals(
                Map.of(TEXAS, 3, NEVADA, 2, BAVARIA, 1),
                counts(server.get("/api/search").json().get("facets").get("regions")));
        assertEquals(
                Map.of(TEXAS, 2, NEVADA, 1),
                counts(server.get("/api/search?place=Houston")
                        .json()
                        .get("facets")
                        .get("regions")));
    }

    @Test
    void aRegionFiltersByItsValueOrByItsOwnName() throws Exception {
        assertEquals(List.of("both", "dallas", "houston"), ids("region=" + encode(TEXAS)));
        assertEquals(List.of("both", "dallas", "houston"), ids("region=texas"));
        assertEquals(List.of("munich"), ids("region=Bavaria"));
        assertEquals(List.of("both"), ids("region=Texas&region=Nevada"));
        assertEquals(List.of("both", "dallas", "houston", "munich"), ids("region=Texas&region=Bavaria&any=region"));
        assertEquals(List.of("munich", "vegas"), ids("exclude=" + encode("region:Texas")));
    }

    @Test
    void aTownIsNoRegion() throws Exception {
        assertEquals(List.of(), ids("region=Houston"));
    }

    @Test
    void theQueryLanguageNamesRegionsToo() throws Exception {
        assertEquals(List.of("both", "vegas"), ids("q=" + encode("region:nevada")));
        assertEquals(List.of("dallas", "houston"), ids("q=" + encode("region:texas -region:nevada")));
    }

    @Test
    void regionValuesAreSuggestedByPrefix() throws Exception {
        JsonNode values = server.get("/api/facets/region?prefix=tex").json().get("values");
        assertEquals(1, values.size(), values.toString());
        assertEquals(TEXAS, values.get(0).get("value").asText());
        assertEquals(3, values.get(0).get("count").asInt());
    }

    @Test
    void aBlockedPlaceTakesTheRegionOnlyItBroughtAndIsUndone() throws Exception {
        TestServer.Response blocked = server.write(
                "POST", "/api/curation", "{\"action\":\"block\",\"field\":\"place\",\"value\":\"Las Vegas\"}");
        assertEquals(201, blocked.status(), blocked.body());
        try {
            assertEquals(
                    Map.of(TEXAS, 3, BAVARIA, 1),
                    counts(server.get("/api/search").json().get("facets").get("regions")));
            assertEquals(List.of(), ids("region=Nevada"));
            assertEquals(List.of("both", "dallas", "houston"), ids("region=Texas"));
            JsonNode both = server.get("/api/articles/both").json();
            assertEquals(List.of(TEXAS), texts(both.get("regions")));
        } finally {
            long id = blocked.json().get("id").asLong();
            assertEquals(
                    200, server.write("DELETE", "/api/curation/" + id, null).status());
        }
        assertEquals(List.of("both", "vegas"), ids("region=Nevada"));
    }

    @Test
    void aRegionHasAProfileByItsOwnName() throws Exception {
        TestServer.Response profile = server.get("/api/entities/region/texas");
        assertEquals(200, profile.status(), profile.body());
        assertEquals(TEXAS, profile.json().get("name").asText());
        assertEquals(3, profile.json().get("articles").asInt());
    }

    @Test
    void anExportCarriesEachArticlesRegions() throws Exception {
        TestServer.Response jsonl = server.get("/api/export?format=jsonl&region=Bavaria");
        assertEquals(200, jsonl.status(), jsonl.body());
        assertEquals(List.of(BAVARIA), texts(server.json(jsonl.body().strip()).get("regions")));
        String csv = server.get("/api/export?format=csv&region=Texas&place=Las+Vegas")
                .body();
        assertEquals(2, csv.lines().count(), csv);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().contains(NEVADA + "; " + TEXAS), csv);
    }

    @Test
    void aCuratorMayRenameARegionValue() throws Exception {
        TestServer.Response renamed = server.write(
                "POST",
                "/api/curation",
                "{\"action\":\"rename\",\"field\":\"region\",\"value\":\"" + BAVARIA
                        + "\",\"target\":\"Free State of Bavaria\"}");
        assertEquals(201, renamed.status(), renamed.body());
        try {
            assertEquals(
                    Map.of(TEXAS, 3, NEVADA, 2, "Free State of Bavaria", 1),
                    counts(server.get("/api/search").json().get("facets").get("regions")));
            assertEquals(List.of("munich"), ids("region=" + encode("Free State of Bavaria")));
            assertEquals(
                    List.of("Free State of Bavaria"),
                    texts(server.get("/api/articles/munich").json().get("regions")));
        } finally {
            long id = renamed.json().get("id").asLong();
            assertEquals(
                    200, server.write("DELETE", "/api/curation/" + id, null).status());
        }
    }

    @Test
    void anUnknownRegionFindsNothingRatherThanFailing() throws Exception {
        TestServer.Response response = server.get("/api/search?region=" + encode("Atlantis"));
        assertEquals(200, response.status(), response.body());
        assertEquals(0, response.json().get("total").asInt());
    }

    private List<String> ids(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?size=50&" + query);
        assertEquals(200, response.status(), query + ": " + response.body());
        List<String> ids = new ArrayList<>();
        response.json().get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static Map<String, Integer> counts(JsonNode facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facet.forEach(value ->
                counts.put(value.get("value").asText(), value.get("count").asInt()));
        return counts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static EnrichedArticle article(String id, List<String> places, String country, String... regions) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Story from " + places.getFirst(),
                        "Filed from " + String.join(" and ", places),
                        null,
                        null,
                        null,
                        null),
                new Enrichment(List.of(), places, List.of(), List.of(country), List.of(), null, List.of(regions)));
    }
}
