package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ApiBackend;
import dev.lede.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile inputs of issue 12, each answered with a clear 4xx (or the documented 503), quickly, on each backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileParametersApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void start() throws Exception {
        server = backend().sample().serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "q|/api/search?q=tram&q=harbour",
                "size|/api/search?q=tram&size=5&size=50",
                "sort|/api/export?sort=newest&sort=oldest&format=jsonl",
                "from|/api/facets/person?from=2024-01-01&from=2025-01-01"
            })
    void aOneValueParameterGivenTwiceIsABadRequestNamingIt(String parameter, String path) throws Exception {
        var response = server.get(path);
        assertEquals(400, response.status(), response.body());
        assertEquals(parameter, response.json().get("parameter").asText(), response.body());
    }

    @Test
    void filtersStillTakeSeveralValues() throws Exception {
        assertEquals(
                200,
                server.get("/api/search?person=A&person=B&any=person&exclude=place:C&exclude=place:D")
                        .status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search?from=%2B999999999-12-31",
                "/api/search?to=-999999999-01-01",
                "/api/search?mentionedFrom=0000-12-31",
                "/api/export?from=%2B999999999-12-31",
                "/api/entities/person/Ingrid%20Solberg?to=%2B999999999-12-31",
                "/api/facets/person?from=10000-01-01"
            })
    void aDateOutsideTheYears1To9999IsABadRequestNamingTheParameter(String path) throws Exception {
        var response = server.get(path);
        assertEquals(400, response.status(), response.body());
        assertTrue(response.json().get("error").asText().contains("0001-01-01"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/entities/person/%20", "/api/articles/%20", "/api/articles/%u0041", "/api/facets/%"})
    void aBlankOrUndecodablePathParameterIsABadRequest(String path) throws Exception {
        String response = RawHttp.get(server.port(), "127.0.0.1", path);
        assertEquals(400, RawHttp.status(response), response);
        assertFalse(response.contains("\tat "), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/api/%/x", "/a%00b", "/api/search/%zz"})
    void aPathJettyCannotDecodeIsAJsonBadRequest(String path) throws Exception {
        String response = RawHttp.get(server.port(), "127.0.0.1", path);
        assertEquals(400, RawHttp.status(response), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), response);
        assertTrue(response.contains("\"error\":\"Bad Request"), response);
        assertFalse(response.contains("<html"), response);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "q|/api/search?q=tram%",
                "q|/api/search?q=tram%zz",
                "q|/api/search?q=%",
                "from|/api/search?q=tram&from=%",
                "size|/api/search?size=%",
                "q|/api/export?q=%&format=jsonl",
                "q|/api/suggest?q=tr%u0041"
            })
    void aMalformedEscapeInAQueryValueIsABadRequestNamingItsParameter(String parameter, String path) throws Exception {
        String response = RawHttp.get(server.port(), "127.0.0.1", path);
        assertEquals(400, RawHttp.status(response), response);
        assertEquals(
                parameter, server.json(RawHttp.body(response)).get("parameter").asText(), response);
    }

    @Test
    void wellFormedEscapesInTheQueryStringStillSearch() throws Exception {
        String response = RawHttp.get(server.port(), "127.0.0.1", "/api/search?q=100%25%20sure&size=%31");
        assertEquals(200, RawHttp.status(response), response);
        assertEquals(
                "100% sure", server.json(RawHttp.body(response)).get("query").asText(), response);
    }

    @Test
    void aVeryLongIdIsRefusedWithoutBeingEchoed() throws Exception {
        String id = "x".repeat(40_000);
        var response = server.get("/api/articles/" + id);
        assertTrue(response.status() == 400 || response.status() == 414, String.valueOf(response.status()));
        assertFalse(response.body().contains("x".repeat(100)), "the id is echoed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/a{1,99999999}/", "/.*/", "/[a-z]{1000}/", "[* TO *]", "{a TO z}", "*tion", "title:[a TO z]"})
    void anExpensiveQueryIsRefusedQuicklyNamingQ(String query) throws Exception {
        long started = System.nanoTime();
        var response = server.get("/api/search?q=" + TestServer.encode(query));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 2, "slow: " + query);
        assertEquals(400, response.status(), response.body());
        assertEquals("q", response.json().get("parameter").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tram^1e40", "tram^2x", "tram^", "tram^-1", "tram^abc", "(tram harbour)^1001"})
    void aMalformedBoostIsABadRequestNamingQThatSaysHowABoostIsWritten(String query) throws Exception {
        var response = server.get("/api/search?q=" + TestServer.encode(query));
        assertEquals(400, response.status(), response.body());
        assertEquals("q", response.json().get("parameter").asText());
        assertTrue(
                response.json().get("error").asText().startsWith("A boost must be a plain number from 0 to 1000"),
                response.body());
    }

    @Test
    void aPlainBoostFindsWhatTheWordFinds() throws Exception {
        long tram = server.get("/api/search?q=tram&size=0").json().get("total").asLong();
        assertTrue(tram > 0);
        for (String boosted : List.of("tram^2", "tram^0.5", "tram^0", "title:tram^1000 OR tram")) {
            var response = server.get("/api/search?size=0&q=" + TestServer.encode(boosted));
            assertEquals(200, response.status(), response.body());
            assertEquals(tram, response.json().get("total").asLong(), boosted);
            assertTrue(response.json().get("warnings").isEmpty(), response.body());
        }
    }

    /** A boost ends as a space would: with a space for the boost, the query finds the same stories. */
    @ParameterizedTest(name = "{0} finds what {1} finds")
    @CsvSource(delimiterString = " => ", textBlock = """
            tram^2||harbour            => tram ||harbour
            tram^2&&harbour            => tram &&harbour
            tram^2 || harbour          => tram || harbour
            tram^2||(harbour)          => tram ||(harbour)
            (tram harbour)^2||"night"  => (tram harbour) ||"night"
            "harbour tram"^3&&(tram)   => "harbour tram" &&(tram)
            """)
    void aBoostBeforeASymbolOperatorFindsWhatTheQueryWithASpaceForTheBoostFinds(String boosted, String unboosted)
            throws Exception {
        var expected = server.get("/api/search?size=0&q=" + TestServer.encode(unboosted));
        var response = server.get("/api/search?size=0&q=" + TestServer.encode(boosted));

        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().get("warnings").isEmpty(), response.body());
        assertTrue(expected.json().get("total").asLong() > 0, expected.body());
        assertEquals(
                expected.json().get("total").asLong(),
                response.json().get("total").asLong(),
                boosted);
    }

    /** Operators written in symbols mean what their words mean, on both engines. */
    @ParameterizedTest(name = "{0} finds what {1} finds")
    @CsvSource(delimiterString = " => ", textBlock = """
            tram || harbour                => tram OR harbour
            (tram || harbour) && night     => (tram OR harbour) AND night
            tram ||(harbour)               => tram OR (harbour)
            tram^2 || harbour              => tram^2 OR harbour
            """)
    void symbolOperatorsMeanWhatTheirWordsMean(String symbols, String words) throws Exception {
        var expected = server.get("/api/search?size=0&q=" + TestServer.encode(words));
        var response = server.get("/api/search?size=0&q=" + TestServer.encode(symbols));

        assertEquals(200, response.status(), response.body());
        assertTrue(expected.json().get("total").asLong() > 0, expected.body());
        assertEquals(
                expected.json().get("total").asLong(),
                response.json().get("total").asLong(),
                symbols);
    }

    @Test
    void manyExpandingWordsAreRefusedButAFewRunAndShortFuzzyWordsMatchExactly() throws Exception {
        String phrases = String.join(" OR ", java.util.Collections.nCopies(100, "\"a* b*\""));
        assertEquals(
                400, server.get("/api/search?q=" + TestServer.encode(phrases)).status());
        String fuzzy = String.join(
                " OR ",
                java.util.stream.IntStream.range(0, 150)
                        .mapToObj(i -> "word" + i + "~2")
                        .toList());
        assertEquals(
                400, server.get("/api/search?q=" + TestServer.encode(fuzzy)).status());
        assertEquals(
                200,
                server.get("/api/search?q=" + TestServer.encode("tra* OR \"tram* line\""))
                        .status());
        assertEquals(
                200,
                server.get("/api/search?q=" + TestServer.encode("ab~ tram~")).status());
    }

    @Test
    void deepPagingPointsToTheExport() throws Exception {
        var response = server.get("/api/search?page=500&size=100");
        assertEquals(400, response.status());
        assertTrue(response.json().get("error").asText().contains("/api/export"), response.body());
    }

    @Test
    void aBatchOfWildcardPhrasesIsAnsweredNotFailed() throws Exception {
        var response = server.write("POST", "/api/batch", "text/plain", "\"* *\"\n/.*/\n[* TO *]\ntram\n");
        assertTrue(response.status() < 500, response.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"a\",\"query\":\"q=x\",\"extra\":1}",
                "{\"name\":[1],\"query\":\"q=x\"}",
                "{\"name\":\"a\",",
                "[[[[[[[[[[",
                "{\"name\":\"a\",\"query\":\"q=x\",\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]}"
            })
    void aMalformedBodyIsABadRequestThatNamesNoParserInternals(String body) throws Exception {
        var response = server.write("POST", "/api/saved", body);
        assertEquals(400, response.status(), response.body());
        assertFalse(
                response.body().matches("(?s).*(Jackson|fasterxml|java\\.|Exception|StreamRead).*"), response.body());
    }
}
