package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stemming finds "Robert" for "roberts", and the stories holding the word as typed rank first, on each
 * {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WrittenFormRankingApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexTwoStoriesOfARobertAndOneOfARoberts() throws Exception {
        server = backend()
                .index(
                        "written-forms",
                        List.of(
                                story(
                                        "hale",
                                        "Robert Hale takes the helm at the harbour",
                                        "Robert Hale, the new harbour master, said Robert Hale would dredge the"
                                                + " channel first. Robert has worked the docks for twenty years."),
                                story(
                                        "quay",
                                        "Ferries return to Robert Quay harbour",
                                        "The ferry to Robert Quay runs again, the operator said. Robert Quay lies"
                                                + " north of the harbour and its talks with the council go on."),
                                story(
                                        "roberts",
                                        "Harbour board backs the dredging plan",
                                        "The harbour board voted on Tuesday. Ann Roberts, who chairs it, said the"
                                                + " work would start in spring.")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aSurnameTypedFindsTheGivenNameTooButRanksTheSurnameFirst() throws Exception {
        JsonNode page = search("q=roberts");
        assertEquals(3, page.get("total").asInt());
        assertEquals("roberts", ids(page).get(0));
    }

    @Test
    void everyWordTypedAsWrittenCountsWithTheOthers() throws Exception {
        assertEquals(
                "roberts",
                ids(search("q=" + TestServer.encode("harbour Roberts"))).get(0));
        assertEquals(
                "roberts",
                ids(search("q=" + TestServer.encode("\"ann roberts\" OR north")))
                        .get(0));
    }

    @Test
    void aWordThatIsItsOwnStemRanksByTheStemAlone() throws Exception {
        JsonNode page = search("q=robert");
        assertEquals(3, page.get("total").asInt());
        assertNotEquals("roberts", ids(page).get(0));
    }

    private JsonNode search(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static EnrichedArticle story(String id, String title, String body) {
        return new EnrichedArticle(
                new Article(id, title, body, Instant.parse("2025-03-03T09:00:00Z"), "Harbour Ledger", null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
