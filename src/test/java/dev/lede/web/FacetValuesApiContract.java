package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.store.CurationStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/facets/{field}}: facet values by prefix, for autocomplete, counted under the search, on each
 * {@link ApiBackend}. Each test gets a fresh index, since some curate.
 */
abstract class FacetValuesApiContract {

    private ApiBackend.Indexed index;
    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeEach
    void indexAndStart() throws Exception {
        index = backend()
                .index(
                        "facet-values",
                        List.of(
                                article(
                                        "a1",
                                        "Harbour Ledger",
                                        List.of("Volodymyr Zelenskyy", "Élodie Ferrandou"),
                                        "Kyiv"),
                                article(
                                        "a2",
                                        "Harbour Ledger",
                                        List.of("Volodymyr Zelenskyy", "Hans Brzel"),
                                        "Kyiv",
                                        "Kiev"),
                                article("a3", "Continental Wire", List.of("Volodymyr Zelenskyy"), "Kiev"),
                                article(
                                        "a4",
                                        "Continental Wire",
                                        List.of("Zelda Fitzgerald", "Élodie Ferrandou"),
                                        "Lviv"),
                                article("a5", "Continental Wire", List.of("Zelda Fitzgerald"), "Kiev")));
        server = index.serve();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aPrefixFindsValuesWithAWordStartingSoBestFirst() throws Exception {
        assertEquals(List.of("Volodymyr Zelenskyy (3)", "Zelda Fitzgerald (2)"), values("person", "prefix=zel"));
        assertEquals(List.of("Volodymyr Zelenskyy (3)"), values("person", "prefix=" + encode("volodymyr zel")));
        assertEquals(List.of(), values("person", "prefix=elensk"));
    }

    @Test
    void thePrefixIgnoresCaseAndAccents() throws Exception {
        assertEquals(List.of("Élodie Ferrandou (2)"), values("person", "prefix=elo"));
        assertEquals(List.of("Élodie Ferrandou (2)"), values("person", "prefix=" + encode("ÉLO")));
    }

    @Test
    void anAliasMatchesAndItsArticlesCountOnceUnderTheCanonicalName() throws Exception {
        new CurationStore(index.sideFiles()).apply(CurationAction.MERGE, FacetField.PLACE, "Kiev", "Kyiv");
        JsonNode body = server.get("/api/facets/place?prefix=kie").json();
        assertEquals("place", body.get("field").asText());
        JsonNode kyiv = body.get("values").get(0);
        assertEquals("Kyiv", kyiv.get("value").asText());
        assertEquals(4, kyiv.get("count").asInt(), "a2 has both names and counts once");
        assertEquals("Kiev", kyiv.get("aliases").get(0).asText());
        assertEquals(1, body.get("values").size());
    }

    @Test
    void countsFollowTheQueryAndFiltersOfTheSearch() throws Exception {
        assertEquals(
                List.of("Volodymyr Zelenskyy (2)"), values("person", "prefix=zel&source=" + encode("Harbour Ledger")));
        assertEquals(List.of("Zelda Fitzgerald (1)"), values("person", "prefix=zel&q=a5"));
        assertEquals(
                List.of("Volodymyr Zelenskyy (3)", "Zelda Fitzgerald (2)"),
                values(
                        "person",
                        "prefix=zel&person=" + encode("Volodymyr Zelenskyy") + "&person=" + encode("Zelda Fitzgerald")
                                + "&any=person"));
    }

    @Test
    void anEmptyPrefixGivesTheTopValuesUpToTheLimit() throws Exception {
        assertEquals(List.of("Volodymyr Zelenskyy (3)", "Zelda Fitzgerald (2)"), values("person", "limit=2"));
        assertEquals(4, server.get("/api/facets/person").json().get("values").size());
    }

    @Test
    void aBlockedValueIsNeverOffered() throws Exception {
        new CurationStore(index.sideFiles()).apply(CurationAction.BLOCK, FacetField.PERSON, "Zelda Fitzgerald", null);
        assertEquals(List.of("Volodymyr Zelenskyy (3)"), values("person", "prefix=zel"));
    }

    @Test
    void aParameterItDoesNotReadIsNamedInTheWarningsAndItsOwnAreNot() throws Exception {
        JsonNode misspelt =
                server.get("/api/facets/person?prefix=zel&limit=5&sourse=x").json();
        assertEquals(2, misspelt.get("values").size(), "counted over every article, as the warning says");
        assertEquals(1, misspelt.get("warnings").size(), misspelt.toString());
        assertTrue(misspelt.get("warnings").get(0).asText().contains("did you mean 'source'?"), misspelt.toString());
        assertEquals(
                0,
                server.get("/api/facets/person?prefix=zel&limit=5&q=a5")
                        .json()
                        .get("warnings")
                        .size());
    }

    @Test
    void anUnknownFieldOrABadLimitIsABadRequestNamingIt() throws Exception {
        TestServer.Response unknown = server.get("/api/facets/colour?prefix=r");
        assertEquals(400, unknown.status());
        assertEquals("field", unknown.json().get("parameter").asText());
        for (String limit : List.of("0", "101", "many")) {
            TestServer.Response bad = server.get("/api/facets/person?limit=" + limit);
            assertEquals(400, bad.status(), limit);
            assertEquals("limit", bad.json().get("parameter").asText());
        }
    }

    private List<String> values(String field, String query) throws Exception {
        TestServer.Response response = server.get("/api/facets/" + field + "?" + query);
        assertEquals(200, response.status(), response.body());
        List<String> values = new ArrayList<>();
        for (JsonNode value : response.json().get("values")) {
            values.add(value.get("value").asText() + " (" + value.get("count").asInt() + ")");
        }
        return values;
    }

    private static EnrichedArticle article(String id, String source, List<String> people, String... places) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, source, null, null),
                new Enrichment(people, List.of(places), List.of(), List.of()));
    }
}
