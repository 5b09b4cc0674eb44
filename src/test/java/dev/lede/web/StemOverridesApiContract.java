package dev.lede.web;

import static dev.lede.web.PlainStories.sortedIds;
import static dev.lede.web.PlainStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A word that Porter's stem joins to words of no kin finds its own family only ("news" not "new", "generation" not
 * "general", "used" not "us"), while the forms of a family still find each other, on each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StemOverridesApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexStoriesOfOneStem() throws Exception {
        server = backend()
                .index(
                        "stems",
                        List.of(
                                story("desk", "Radio station hires editors", "Its news desk took on four editors."),
                                story("bridge", "Toll bridge opens", "A new bridge spans the estuary."),
                                story("plant", "Wind farm output rises", "Generation from the turbines rose."),
                                story("strike", "Dock strike ends", "The general strike at the docks is over."),
                                story("crowd", "Fans cheer the team home", "The crowd cheered us at the quay."),
                                story("cranes", "Port buys cranes", "Crews used the cranes to lift the hulls.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aWordOfAnotherFamilyIsNotFoundByTheStemItSharesWithIt() throws Exception {
        assertEquals(List.of("desk"), sortedIds(search("q=news")));
        assertEquals(List.of("bridge"), sortedIds(search("q=new")));
        assertEquals(List.of("strike"), sortedIds(search("q=general")));
        assertEquals(List.of("crowd"), sortedIds(search("q=us")));
    }

    @Test
    void theFormsOfAFamilyStillFindEachOther() throws Exception {
        assertEquals(List.of("plant"), sortedIds(search("q=generated")));
        assertEquals(List.of("plant"), sortedIds(search("q=generations")));
        assertEquals(List.of("cranes"), sortedIds(search("q=using")));
        assertEquals(List.of("desk"), sortedIds(search("q=NEWS+editor")));
        assertEquals(List.of("strike"), sortedIds(search("q=generally")));
    }

    @Test
    void aPhraseReadsTheWordsStemsAsTheIndexKeepsThem() throws Exception {
        assertEquals(List.of("desk"), sortedIds(search("q=" + TestServer.encode("\"news desk\""))));
        assertEquals(List.of("cranes"), sortedIds(search("q=" + TestServer.encode("\"uses the cranes\""))));
    }

    private JsonNode search(String query) throws Exception {
        return PlainStories.search(server, query);
    }
}
