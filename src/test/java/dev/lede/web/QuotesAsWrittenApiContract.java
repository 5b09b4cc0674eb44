package dev.lede.web;

import static dev.lede.web.PlainStories.sortedIds;
import static dev.lede.web.PlainStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A word alone in quotes that stemming would change is found only as written ("goods" not "good", "Roberts" not
 * "Robert"), or in another spelling of it, wherever the quotes stand in the query, and its snippet marks that form
 * only; a word typed bare, or in a phrase of several words, still finds every form of its stem; on each
 * {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuotesAsWrittenApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexStoriesOfSharedStems() throws Exception {
        server = backend()
                .index(
                        "quotes",
                        List.of(
                                story("exports", "Exports of goods rise", "Factories shipped more goods abroad."),
                                story("harvest", "A fine week on the farms", "Rain came at a good time for wheat."),
                                story("council", "Council buys kit", "The hall bought new sporting goods."),
                                story("shop", "Corner shop closes", "The town loses its sports goods shop."),
                                story("film", "Premiere draws crowds", "Julia Roberts walked the red carpet."),
                                story("mill", "Mill museum opens", "Robert Owen ran the mill at New Lanark."),
                                story("charity", "Charities merge", "Two organisations will share one office."),
                                story("agency", "Agency restructures", "The organization cut its board."),
                                story("bank", "Bank pays out", "Holders get a semiannual dividend."),
                                story("quarry", "Quarry pays out", "Holders get a semi-annual dividend."),
                                story("dairy", "Dairy pays out", "Holders get an annual dividend."),
                                story(
                                        "harbour",
                                        "Harbour has a busy year",
                                        "It was a good year for the harbour, and a good year for the town."
                                                + " Good weather and good tides made for good trade all summer long."
                                                + " The pilots said the season had been good, very good, to them."
                                                + " A good many ferries ran late, but good humour won the day."
                                                + " The good news for the fishermen was a good catch of herring."
                                                + " Good prices at the market made it a good season for the boats."
                                                + " The council called it a good result and a good sign for jobs."
                                                + " In the autumn the port cleared more bonded freight than ever"
                                                + " before. Its sheds now hold goods from eleven countries.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aQuotedWordIsFoundOnlyAsWritten() throws Exception {
        assertEquals(List.of("council", "exports", "harbour", "shop"), ids("\"goods\""));
        assertEquals(List.of("film"), ids("\"Roberts\""));
        assertEquals(List.of("exports"), ids("\"goods\"~2^3 AND factories"));
    }

    @Test
    void aPhraseOfSeveralWordsFindsTheirOtherFormsAsBareWordsDo() throws Exception {
        assertEquals(List.of("council", "shop"), ids("\"sporting goods\""));
        assertEquals(List.of("council", "shop"), ids("\"sports good\""));
        assertEquals(List.of("bank", "quarry"), ids("\"semiannual dividend\""));
    }

    @Test
    void aBareWordStillFindsEveryFormOfItsStem() throws Exception {
        assertEquals(List.of("council", "exports", "harbour", "harvest", "shop"), ids("goods"));
        assertEquals(List.of("film", "mill"), ids("roberts"));
        assertEquals(List.of("council", "shop"), ids("sporting goods"));
    }

    @Test
    void anotherSpellingOfTheQuotedWordCountsAsWritten() throws Exception {
        assertEquals(List.of("charity"), ids("\"organizations\""));
        assertEquals(List.of("agency"), ids("\"organisation\""));
    }

    @Test
    void aQuotedWordJoinedAfterAPrefixIsFoundHyphenatedToo() throws Exception {
        assertEquals(List.of("bank", "quarry"), ids("\"semiannual\""));
        assertEquals(List.of("bank", "quarry"), ids("\"semi-annual\""));
    }

    @Test
    void theQuotesKeepTheirMeaningInFieldsGroupsAndExclusions() throws Exception {
        assertEquals(List.of("council", "exports", "shop"), ids("title:\"goods\" OR body:\"sporting goods\""));
        assertEquals(List.of("exports"), ids("title:(\"goods\" exports)"));
        assertEquals(List.of("harvest"), ids("good -\"goods\""));
        assertEquals(List.of("exports"), ids("body:(\"goods\" shipped)"));
    }

    @Test
    void theSnippetShowsAndMarksTheQuotedWordAsWrittenOnly() throws Exception {
        String snippet = snippetOf("harbour", "\"goods\"");
        assertTrue(snippet.contains("<mark>goods</mark>"), snippet);
        assertFalse(snippet.contains("<mark>good</mark>") || snippet.contains("<mark>Good</mark>"), snippet);
        assertFalse(snippet.contains("summer"), "only passages that keep a mark: " + snippet);

        assertTrue(snippetOf("harbour", "good").contains("<mark>good</mark>"), "typed bare, every form is marked");
    }

    private String snippetOf(String id, String query) throws Exception {
        JsonNode page = PlainStories.search(server, "q=" + TestServer.encode(query) + "&size=50");
        for (JsonNode hit : page.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit.get("snippet").asText();
            }
        }
        throw new AssertionError(id + " not found by " + query);
    }

    private List<String> ids(String query) throws Exception {
        JsonNode page = PlainStories.search(server, "q=" + TestServer.encode(query));
        return sortedIds(page);
    }
}
