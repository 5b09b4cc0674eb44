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
 * A word written joined after a prefix or hyphenated ("pretax", "pre-tax") finds the stories written either way, in
 * any of its forms and in phrases, and is marked in both, on each {@link ApiBackend}; a word that is also an ordinary
 * word ("over") is not joined to the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CompoundWordsApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexStoriesWrittenBothWays() throws Exception {
        server = backend()
                .index(
                        "compounds",
                        List.of(
                                story(
                                        "joined",
                                        "Harbour Bank lifts pretax profit",
                                        "Pretax profit rose by a tenth as nonperforming loans fell and the"
                                                + " semiannual dividend went up, to minimise questions."),
                                story(
                                        "hyphenated",
                                        "Quarry group's pre-tax profit slips",
                                        "Pre-taxes earnings fell as non-performing contracts grew; the semi-annual"
                                                + " dividend is unchanged, to minimize doubts."),
                                story(
                                        "apart",
                                        "Ferry line sets its timetable",
                                        "The line will tax its pre booked passengers less and run a non stop crossing"
                                                + " in the annual regatta."),
                                story(
                                        "overall",
                                        "Overall output of the dairies rose",
                                        "Overall, the dairies made more cheese than a year ago."),
                                story(
                                        "over-all",
                                        "Port authority takes charge",
                                        "The authority gains control over all berths of the port.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eitherWritingFindsTheStoriesOfBoth() throws Exception {
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=pretax")));
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=pre-tax")));
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=nonperforming")));
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=non-performing+loans+OR+contracts")));
    }

    @Test
    void aWordWithTwoSpellingsFindsBothToo() throws Exception {
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=minimise")));
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=minimize")));
    }

    @Test
    void aPhraseTakesEitherWritingOfItsWords() throws Exception {
        assertEquals(
                List.of("hyphenated", "joined"),
                sortedIds(search("q=" + TestServer.encode("\"semiannual dividend\""))));
        assertEquals(
                List.of("hyphenated", "joined"),
                sortedIds(search("q=" + TestServer.encode("\"semi-annual dividend\""))));
    }

    @Test
    void thePrefixAndTheWordMustBeNeighbours() throws Exception {
        assertEquals(List.of(), sortedIds(search("q=pretax+passengers")));
        assertEquals(List.of("apart"), sortedIds(search("q=nonstop")), "written apart, as a hyphen reads");
    }

    @Test
    void aHyphenatedWordIsAPhraseInEveryField() throws Exception {
        assertEquals(List.of("apart"), sortedIds(search("q=booked-passengers")));
        assertEquals(List.of(), sortedIds(search("q=passengers-booked")));
        assertEquals(List.of("hyphenated", "joined"), sortedIds(search("q=body:pre-tax")));
    }

    @Test
    void theOtherWritingIsMarkedInTheSnippet() throws Exception {
        for (JsonNode hit : search("q=pretax").get("hits")) {
            assertTrue(hit.get("snippet").asText().toLowerCase().contains("<mark>pre"), hit.toString());
        }
    }

    @Test
    void anOrdinaryWordIsNotJoinedToTheNext() throws Exception {
        assertEquals(List.of("overall"), sortedIds(search("q=overall")));
    }

    private JsonNode search(String query) throws Exception {
        return PlainStories.search(server, query);
    }
}
