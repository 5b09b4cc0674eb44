package dev.lede.web;

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
 * An acronym typed in capitals or with points ("US", "U.S.") finds the stories written either way, in phrases too,
 * and is marked in both, on each {@link ApiBackend}, but not a story with the word its letters spell ("us"), which a
 * search typed in lower case finds with the capitals; from four letters, it finds the word too ("Aids", "Nato").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AcronymsApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexStoriesWrittenBothWays() throws Exception {
        server = backend()
                .index(
                        "acronyms",
                        List.of(
                                story(
                                        "points",
                                        "U.S. trade gap narrows",
                                        "The U.S. trade deficit fell in March as exports of grain rose."),
                                story(
                                        "capitals",
                                        "US trade gap widens",
                                        "The US deficit grew in April; the UK one shrank. Officials in the US said"
                                                + " exports of grain fell."),
                                story(
                                        "small-letters",
                                        "Clinic network wins a grant",
                                        "Nato members pledged funds for the network's Aids clinics."),
                                story(
                                        "word",
                                        "Ferry line thanks its riders",
                                        "Our riders stood by us all winter, the line said of its trade.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eitherWritingFindsTheStoriesOfBoth() throws Exception {
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=US+deficit")));
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=U.S.+deficit")));
        assertEquals(List.of("capitals"), sortedIds(search("q=U.K.")));
        assertEquals(List.of("capitals"), sortedIds(search("q=UK")));
    }

    @Test
    void aPhraseTakesEitherWriting() throws Exception {
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=" + TestServer.encode("\"US trade gap\""))));
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=" + TestServer.encode("\"U.S. trade\""))));
        assertEquals(List.of("capitals"), sortedIds(search("q=" + TestServer.encode("\"U.S. said\""))));
    }

    @Test
    void fromFourLettersItAlsoFindsTheWordAStyleWritesItAs() throws Exception {
        assertEquals(List.of("small-letters"), sortedIds(search("q=AIDS")));
        assertEquals(List.of("small-letters"), sortedIds(search("q=NATO+clinics")));
    }

    @Test
    void aQueryOfStopWordsOnlyIsToldWhyItFindsNothing() throws Exception {
        JsonNode answer = search("q=IT");
        assertEquals(0, answer.get("total").asInt());
        assertTrue(answer.get("warnings").toString().contains("Too common to be searched for"), answer.toString());
        assertTrue(search("q=US").get("warnings").isEmpty());
    }

    @Test
    void inLowerCaseItIsTheWordItSpells() throws Exception {
        assertEquals(List.of("capitals", "word"), sortedIds(search("q=us+trade")));
    }

    @Test
    void inCapitalsOrWithPointsItDoesNotFindTheWordItsLettersSpell() throws Exception {
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=U.S.")));
        assertEquals(List.of("capitals", "points"), sortedIds(search("q=US")));
    }

    @Test
    void theOtherWritingIsMarkedInTheSnippet() throws Exception {
        for (JsonNode hit : search("q=U.S.+deficit").get("hits")) {
            String snippet = hit.get("snippet").asText();
            assertTrue(snippet.contains("<mark>US</mark>") || snippet.contains("<mark>U.S</mark>"), hit.toString());
        }
    }

    private JsonNode search(String query) throws Exception {
        return PlainStories.search(server, query);
    }
}
