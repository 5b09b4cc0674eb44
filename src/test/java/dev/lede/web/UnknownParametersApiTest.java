package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.TestServer;
import dev.lede.search.lucene.DiscoveryFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GET routes other than the search and facet values (tested with them), and the batch, tell the client about a
 * query parameter they did not read, through the real server: a JSON object answer names it in {@code warnings} and is
 * otherwise the same, an answer with no room for a warning (a download, a feed, a CSV) is a 400 naming it; with only
 * the parameters it reads, {@code warnings} is empty.
 */
class UnknownParametersApiTest {

    @TempDir
    static Path indexDir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        DiscoveryFixtures.writeTramStories(indexDir);
        server = new TestServer(indexDir);
        TestServer.Response saved = server.write("POST", "/api/saved", "{\"name\":\"trams\",\"query\":\"q=tram\"}");
        assertEquals(201, saved.status(), saved.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/articles/tram-1                                                | limt=1     | 'limt' is not a parameter of this request and was ignored.",
                "/api/articles/tram-1/related?limit=2                                | limt=1     | 'limt' is not a parameter of this request and was ignored; did you mean 'limit'?",
                "/api/articles/tram-1/duplicates?limit=3                             | Limit=1    | 'Limit' is not a parameter of this request and was ignored; did you mean 'limit'?",
                "/api/entities/person/Marit%20Zuidervaart?from=2024-01-01&to=2024-12-31 | form=2024-06-01 | 'form' is not a parameter of this request and was ignored; did you mean 'from'?",
                "/api/curation                                                       | field=person | 'field' is not a parameter of this request and was ignored.",
                "/api/saved                                                          | name=trams | 'name' is not a parameter of this request and was ignored.",
                "/api/articles/tram-1/annotation                                     | tags=x     | 'tags' is not a parameter of this request and was ignored.",
                "/api/annotations                                                    | tag=lead   | 'tag' is not a parameter of this request and was ignored.",
                "/api/suggest?q=tarm                                                 | Q=trma     | 'Q' is not a parameter of this request and was ignored; did you mean 'q'?",
            })
    void aJsonAnswerNamesAParameterItDidNotReadAndIsOtherwiseTheSame(String path, String unknown, String warning)
            throws Exception {
        JsonNode known = answer(path);
        assertEquals(List.of(), warnings(known), "only parameters it reads");

        JsonNode misspelt = answer(with(path, unknown));
        assertEquals(List.of(warning), warnings(misspelt));
        assertEquals(withoutWarnings(known), withoutWarnings(misspelt), "the parameter was ignored");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/feeds/trams.atom                           | q=harbour   | 'q' is not a parameter of this request.",
                "/api/export?format=jsonl&place=Rotterdam    | persn=Marit | 'persn' is not a parameter of this request; did you mean 'person'?",
                "/api/annotations/export?q=tram&tag=lead     | tags=lead   | 'tags' is not a parameter of this request; did you mean 'tag'?",
            })
    void anAnswerWithNoRoomForAWarningRefusesAParameterItDoesNotRead(String path, String unknown, String error)
            throws Exception {
        TestServer.Response known = server.get(path);
        assertEquals(200, known.status(), known.body());

        TestServer.Response misspelt = server.get(with(path, unknown));
        assertEquals(400, misspelt.status(), misspelt.body());
        assertEquals(
                unknown.substring(0, unknown.indexOf('=')),
                misspelt.json().get("parameter").asText());
        assertEquals(error, misspelt.json().get("error").asText());
    }

    @Test
    void aBatchNamesAParameterItDidNotReadInItsJsonAndRefusesItWithACsv() throws Exception {
        TestServer.Response known = batch("/api/batch?place=Rotterdam");
        assertEquals(200, known.status(), known.body());
        assertEquals(List.of(), warnings(known.json()));

        TestServer.Response misspelt = batch("/api/batch?place=Rotterdam&persn=Marit");
        assertEquals(200, misspelt.status(), misspelt.body());
        assertEquals(
                List.of("'persn' is not a parameter of this request and was ignored; did you mean 'person'?"),
                warnings(misspelt.json()));
        assertEquals(withoutWarnings(known.json()), withoutWarnings(misspelt.json()), "the parameter was ignored");

        assertEquals(200, batch("/api/batch?format=csv&place=Rotterdam").status());
        TestServer.Response csv = batch("/api/batch?format=csv&place=Rotterdam&persn=Marit");
        assertEquals(400, csv.status(), csv.body());
        assertEquals("persn", csv.json().get("parameter").asText());
    }

    private static TestServer.Response batch(String path) throws Exception {
        return server.write("POST", path, "text/plain", "tram\nharbour\n");
    }

    private static JsonNode answer(String path) throws Exception {
        TestServer.Response response = server.get(path);
        assertEquals(200, response.status(), path + ": " + response.body());
        return response.json();
    }

    private static String with(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    private static List<String> warnings(JsonNode answer) {
        assertTrue(answer.path("warnings").isArray(), answer.toString());
        return answer.get("warnings").valueStream().map(JsonNode::asText).toList();
    }

    private static JsonNode withoutWarnings(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("warnings");
        return copy;
    }
}
