package dev.lede.web;

import static dev.lede.web.PlainStories.ids;
import static dev.lede.web.PlainStories.sortedIds;
import static dev.lede.web.PlainStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A word typed in its British or its American spelling finds the stories written in either, ranks them alike and
 * marks the word in both, on each {@link ApiBackend}; a word of both Englishes with a meaning of its own keeps it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpellingVariantsApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexStoriesWrittenInBothSpellings() throws Exception {
        server = backend()
                .index(
                        "spellings",
                        List.of(
                                story(
                                        "smelter",
                                        "Smelter restarts its second pot line",
                                        "The aluminium smelter at the harbour travelled a long road back, its"
                                                + " Labour council said."),
                                story(
                                        "mill",
                                        "Rolling mill buys more metal",
                                        "The mill traveled to three suppliers for aluminum before the Labor Party"
                                                + " government eased the import rules."),
                                story(
                                        "gauge",
                                        "Gas meter readings to go online",
                                        "Every gas meter in the town will send its readings by radio next year."),
                                story(
                                        "track",
                                        "Relay team sets a record",
                                        "The team ran the 400 metre relay in a record time.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eitherSpellingFindsTheStoriesOfBoth() throws Exception {
        assertEquals(List.of("mill", "smelter"), sortedIds(search("q=aluminium")));
        assertEquals(List.of("mill", "smelter"), sortedIds(search("q=aluminum")));
        assertEquals(
                List.of("mill", "smelter"), sortedIds(search("q=" + TestServer.encode("\"labour party\" OR council"))));
    }

    @Test
    void aPhraseTakesEitherSpellingOfItsWords() throws Exception {
        assertEquals(List.of("mill"), sortedIds(search("q=" + TestServer.encode("\"labour party\""))));
        assertEquals(
                List.of("mill", "smelter"),
                sortedIds(search("q=" + TestServer.encode("\"aluminum smelter\" OR mill"))));
    }

    @Test
    void theOtherSpellingIsMarkedInTheSnippet() throws Exception {
        JsonNode page = search("q=aluminium");
        for (JsonNode hit : page.get("hits")) {
            String snippet = hit.get("snippet").asText();
            assertTrue(snippet.contains("<mark>alumin"), hit.toString());
        }
    }

    @Test
    void theWrittenFormBonusCountsEitherSpelling() throws Exception {
        JsonNode travelled = search("q=travelled&sort=relevance");
        JsonNode traveled = search("q=traveled&sort=relevance");
        assertEquals(2, travelled.get("total").asInt());
        assertEquals(ids(travelled), ids(traveled));
    }

    @Test
    void aWordWithAMeaningOfItsOwnInBothEnglishesStaysApart() throws Exception {
        assertEquals(List.of("gauge"), sortedIds(search("q=meter")));
        assertEquals(List.of("track"), sortedIds(search("q=metre")));
    }

    private JsonNode search(String query) throws Exception {
        return PlainStories.search(server, query);
    }
}
