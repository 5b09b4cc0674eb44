package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Did you mean" over the words of the index: unknown words corrected, known ones and operators left as typed; on
 * each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SuggestApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void start() throws Exception {
        server = backend()
                .index(
                        "suggest",
                        withTenMore(
                                "In April the parliament votes on fuel prices.",
                                article("d1", "The drought hit the farms of the valley."),
                                article("d2", "Another drought, and the reservoir is low."),
                                article("d3", "The country votes on the reservoir."),
                                article("d4", "An electric bus runs to the reservoir."),
                                article("d5", "The governing council asked the government for water."),
                                article("d6", "The injection was given at the clinic."),
                                article("d7", "The manager thanked the team."),
                                article("d8", "A new manager starts in May."),
                                article("d9", "A manger stood in the stable."),
                                article("d10", "Tony Blair spoke in the Commons."),
                                article("d11", "Nobody took the blame, Tony said."),
                                article("d12", "The parliment sat late over the drought."),
                                article("d13", "Gas prices rose, and the grass grew."),
                                article("d14", "Anna Vates sold the farm."),
                                article("d15", "The gas prizes went to two engineers."),
                                article("d16", "Dividends are paid in Apirl.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aMisspelledWordIsCorrectedToAnIndexedOneAndTheRestOfTheQueryIsKept() throws Exception {
        assertEquals(0, server.get("/api/search?q=drougth").json().get("total").asInt());
        assertEquals("drought AND farms", suggestion("drougth AND farms"));
    }

    @Test
    void aCorrectionIsShownAsArticlesWriteItNotAsItsStem() throws Exception {
        assertEquals("country", suggestion("cuntry"), "not its stem (countri)");
    }

    @Test
    void aWordFarFromEveryIndexedWordAsWrittenGetsNoSuggestion() throws Exception {
        assertTrue(
                suggestionNode("election").isNull(),
                "not electric: their stems (elect, electr) are one edit apart, the words three");
        assertEquals("electric", suggestion("electirc"), "a slip of the same word is still corrected");
    }

    @Test
    void theCorrectionIsTheClosestWayArticlesWriteTheWordInTheCaseItWasTyped() throws Exception {
        assertEquals("government", suggestion("goverment"), "not governing, which comes first");
        assertEquals("Drought", suggestion("Drougth"));
    }

    @Test
    void aSlipIsCorrectedFromTheWordsAsWrittenWhereTheirStemIsTooFarFromIt() throws Exception {
        assertEquals("injection", suggestion("injkction"), "its stem, inject, is four edits from the slip");
        assertEquals(
                "manager", suggestion("manqger"), "one edit from manager and from manger; more articles write manager");
    }

    @Test
    void aSlipTypedWithAnotherWordTakesTheCorrectionArticlesWriteBesideIt() throws Exception {
        assertEquals("blame", suggestion("blare"), "alone: one edit from blame, two from blair");
        assertEquals("Tony Blair", suggestion("Tony Blare"), "an article writes \"Tony Blair\"");
        assertEquals("tony AND blame", suggestion("tony AND blare"), "an operator: no phrase to read");
    }

    @Test
    void aSlipAFewArticlesHoldIsCorrectedToAWordFarMoreOfThemHold() throws Exception {
        assertEquals(
                1, server.get("/api/search?q=parliment").json().get("total").asInt());
        assertEquals("parliament", suggestion("parliment"), "one edit away, in eleven articles");
        assertEquals("parliament drought", suggestion("parliment drought"));
        assertEquals("Prices", suggestion("Prizes"), "written in lower case, as prices is");
        assertEquals("April", suggestion("Apirl"), "written with a capital, as April is");
    }

    @Test
    void aRareWordWithoutAFarMoreCommonNeighbourWrittenAlikeGetsNoSuggestion() throws Exception {
        assertTrue(suggestionNode("grass").isNull(), "gas is far more common, but two edits away");
        assertTrue(suggestionNode("manger").isNull(), "manager is one edit away, but in only two articles");
        assertTrue(suggestionNode("vates").isNull(), "a name: votes is written in lower case");
    }

    @Test
    void rareWordsTypedAsAnArticleWritesThemTogetherAreKept() throws Exception {
        assertTrue(suggestionNode("gas prizes").isNull(), "gas prices is written in one article, not ten");
    }

    @Test
    void aKnownWordInAnyFormGetsNoSuggestion() throws Exception {
        assertTrue(suggestionNode("droughts").isNull());
        assertTrue(suggestionNode("Story").isNull(), "a word of a title only");
    }

    @Test
    void aMissingQueryIsABadRequestNamingTheParameter() throws Exception {
        TestServer.Response missing = server.get("/api/suggest");
        assertEquals(400, missing.status());
        assertEquals("q", missing.json().get("parameter").asText());
    }

    private String suggestion(String query) throws Exception {
        return suggestionNode(query).asText();
    }

    private JsonNode suggestionNode(String query) throws Exception {
        return server.get("/api/suggest?q=" + TestServer.encode(query)).json().get("suggestion");
    }

    /** The articles, and ten more of {@code body}: a word held by those is a common one. */
    private static List<EnrichedArticle> withTenMore(String body, EnrichedArticle... articles) {
        List<EnrichedArticle> all = new ArrayList<>(List.of(articles));
        for (int i = 1; i <= 10; i++) {
            all.add(article("common" + i, body));
        }
        return all;
    }

    private static EnrichedArticle article(String id, String body) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, body, null, null, null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
