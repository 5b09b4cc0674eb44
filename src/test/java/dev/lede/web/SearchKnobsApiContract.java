package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search API's knobs for clients and benchmarks, through the real server, on each {@link ApiBackend}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchKnobsApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexFiveHarbourStories() throws Exception {
        server = backend()
                .index(
                        "knobs",
                        List.of(
                                story("a1", "2025-03-03", "Ada"),
                                story("a2", "2025-03-05", "Ada", "Ben"),
                                story("a3", "2025-03-12", "Ben"),
                                story("a4", "2025-04-20", "Ben", "Cy"),
                                story("a5", "2024-01-10", "Cy")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void sizeZeroAnswersCountsAndFacetsWithoutHits() throws Exception {
        JsonNode page = search("q=harbour&size=0");
        assertEquals(5, page.get("total").asInt());
        assertEquals(0, page.get("hits").size());
        assertTrue(page.get("nextCursor").isNull());
        assertEquals(3, counts(page, "people").get("Ben"));
    }

    @Test
    void sizeZeroWithoutFacetsCountsWhatAPageOfHitsCounts() throws Exception {
        for (String query : List.of(
                "",
                "q=harbour",
                "q=Ada",
                "q=" + TestServer.encode("\"harbour board\""),
                "person=Ben",
                "exclude=person:Ben",
                "from=2025-03-04&to=2025-03-31",
                "q=" + TestServer.encode("-Cy"))) {
            long counted = search(query + "&size=0&facets=").get("total").asLong();
            assertEquals(search(query + "&size=10").get("total").asLong(), counted, query);
        }
        assertEquals(5, search("size=0&facets=").get("total").asInt());
        assertEquals(2, search("person=Ada&size=0&facets=").get("total").asInt());
    }

    @Test
    void highlightFalseGivesTheBodysOpeningWithoutMarks() throws Exception {
        assertTrue(
                search("q=harbour").get("hits").get(0).get("snippet").asText().contains("<mark>"));
        String plain = search("q=harbour&highlight=false")
                .get("hits")
                .get(0)
                .get("snippet")
                .asText();
        assertFalse(plain.contains("<mark>"), plain);
        assertTrue(plain.startsWith("The harbour board met"), plain);
    }

    @Test
    void facetsListsWhatIsComputedAndAnEmptyListComputesNothing() throws Exception {
        JsonNode some = search("facets=people,published");
        assertEquals(List.of("people"), fieldNames(some.get("facets")));
        assertFalse(some.get("published").get("buckets").isEmpty());
        assertTrue(some.get("mentioned").isNull());

        JsonNode singular = search("facets=person&facets=sources");
        assertEquals(List.of("people", "sources"), fieldNames(singular.get("facets")));
        assertTrue(singular.get("published").isNull());

        JsonNode none = search("facets=");
        assertEquals(5, none.get("total").asInt());
        assertTrue(none.get("facets").isEmpty());
        assertTrue(none.get("published").isNull() && none.get("mentioned").isNull());
    }

    @Test
    void theHistogramTakesBoundsAndAUnitAndShowsEveryPeriodBetween() throws Exception {
        JsonNode days = search("histogramFrom=2025-03-02&histogramTo=2025-03-06&histogramUnit=day")
                .get("published");
        assertEquals("day", days.get("granularity").asText());
        assertEquals(
                Map.of("2025-03-02", 0L, "2025-03-03", 1L, "2025-03-04", 0L, "2025-03-05", 1L, "2025-03-06", 0L),
                buckets(days));

        JsonNode weeks = search("histogramFrom=2025-03-01&histogramTo=2025-03-31&histogramUnit=week")
                .get("published");
        assertEquals(
                Map.of(
                        "2025-02-24",
                        0L,
                        "2025-03-03",
                        2L,
                        "2025-03-10",
                        1L,
                        "2025-03-17",
                        0L,
                        "2025-03-24",
                        0L,
                        "2025-03-31",
                        0L),
                buckets(weeks));

        JsonNode years = search("histogramUnit=year").get("published");
        assertEquals(Map.of("2024", 1L, "2025", 4L), buckets(years));
    }

    @Test
    void multiSelectLeavesTheDateFilterOutOfThePublicationHistogramButNotOutOfTheHits() throws Exception {
        String filter = "from=2025-03-01&to=2025-03-31&histogramUnit=month";
        JsonNode narrowed = search(filter);
        assertEquals(Map.of("2025-03", 3L), buckets(narrowed.get("published")));

        JsonNode multi = search(filter + "&multiSelect=true");
        assertEquals(3, multi.get("total").asInt());
        Map<String, Long> months = buckets(multi.get("published"));
        assertEquals(16, months.size(), "January 2024 to April 2025, quiet months included");
        assertEquals(1L, months.get("2024-01"));
        assertEquals(3L, months.get("2025-03"));
        assertEquals(1L, months.get("2025-04"));
    }

    @Test
    void multiSelectCountsASingleSelectedValuesFieldSidewaysWhileTheDefaultDrillsDown() throws Exception {
        JsonNode drilled = search("person=Ada");
        assertEquals(2, drilled.get("total").asInt());
        assertEquals(Map.of("Ada", 2L, "Ben", 1L), counts(drilled, "people"));

        JsonNode sideways = search("person=Ada&multiSelect=true");
        assertEquals(2, sideways.get("total").asInt());
        assertEquals(Map.of("Ada", 2L, "Ben", 3L, "Cy", 2L), counts(sideways, "people"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "histogramUnit,fortnight",
        "histogramFrom,later",
        "histogramTo,2025-02-30",
        "facets,colours",
        "highlight,maybe",
        "multiSelect,perhaps"
    })
    void badKnobsGet400NamingTheParameter(String parameter, String value) throws Exception {
        TestServer.Response response = server.get("/api/search?" + parameter + "=" + value);
        assertEquals(400, response.status(), response.body());
        assertEquals(parameter, response.json().get("parameter").asText());
    }

    @Test
    void aHistogramOfTooManyBarsOrBackwardsBoundsIsA400() throws Exception {
        TestServer.Response tooFine =
                server.get("/api/search?histogramUnit=day&histogramFrom=2020-01-01&histogramTo=2025-12-31");
        assertEquals(400, tooFine.status(), tooFine.body());
        assertEquals("histogramUnit", tooFine.json().get("parameter").asText());
        assertTrue(tooFine.json().get("error").asText().contains("2192 days"), tooFine.body());

        TestServer.Response backwards = server.get("/api/search?histogramFrom=2025-02-01&histogramTo=2025-01-01");
        assertEquals(400, backwards.status());
        assertEquals("histogramFrom", backwards.json().get("parameter").asText());
    }

    private JsonNode search(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static Map<String, Long> counts(JsonNode page, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.get("facets")
                .get(field)
                .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
        return counts;
    }

    private static Map<String, Long> buckets(JsonNode histogram) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        histogram
                .get("buckets")
                .forEach(
                        b -> buckets.put(b.get("value").asText(), b.get("count").asLong()));
        return buckets;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static EnrichedArticle story(String id, String day, String... people) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Harbour story " + id,
                        "The harbour board met again. Story " + id + ".",
                        Instant.parse(day + "T09:00:00Z"),
                        "Harbour Ledger",
                        null,
                        null),
                new Enrichment(List.of(people), List.of(), List.of(), List.of()));
    }
}
