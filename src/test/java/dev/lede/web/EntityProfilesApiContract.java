package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import dev.lede.search.lucene.DiscoveryFixtures;
import dev.lede.store.CurationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entity profiles through the real server, on each {@link ApiBackend}. */
abstract class EntityProfilesApiContract {

    protected abstract ApiBackend backend();

    @Test
    void anEntityProfileHasCountsDatesMonthsCoMentionsAndSearchLinks() throws Exception {
        try (TestServer server =
                backend().index("profiles", DiscoveryFixtures.profileStories()).serve()) {
            TestServer.Response response = server.get("/api/entities/person/" + path("Volodymyr Zelenskyy"));
            assertEquals(200, response.status(), response.body());
            JsonNode profile = response.json();
            assertEquals("Volodymyr Zelenskyy", profile.get("name").asText());
            assertEquals(3, profile.get("articles").asInt());
            assertEquals("2024-01-10T08:00:00Z", profile.get("firstSeen").asText());
            assertEquals("2024-03-05T08:00:00Z", profile.get("lastSeen").asText());
            assertEquals(
                    "/api/search?person=Volodymyr%20Zelenskyy",
                    profile.get("search").asText());
            JsonNode months = profile.get("months");
            assertEquals(3, months.size());
            assertEquals("2024-02", months.get(1).get("month").asText());
            assertEquals(0, months.get(1).get("articles").asInt());
            JsonNode trump = profile.get("mentionedWith").get("people").get(0);
            assertEquals("Donald Trump", trump.get("value").asText());
            assertEquals(2, trump.get("count").asInt());
            String link = trump.get("search").asText();
            assertEquals("/api/search?person=Volodymyr%20Zelenskyy&person=Donald%20Trump", link);
            assertEquals(2, server.get(link).json().get("total").asInt(), "the link finds the articles counted");
        }
    }

    @Test
    void aProfileAskedForByAnAliasAfterAMergeIsTheCanonicalOne() throws Exception {
        ApiBackend.Indexed index = backend().index("profiles", DiscoveryFixtures.profileStories());
        new CurationStore(index.sideFiles())
                .apply(CurationAction.MERGE, FacetField.PERSON, "Ze", "Volodymyr Zelenskyy");
        try (TestServer server = index.serve()) {
            JsonNode profile =
                    server.get("/api/entities/person/Ze?from=2024-03-01").json();
            assertEquals("Volodymyr Zelenskyy", profile.get("name").asText());
            assertEquals("Ze", profile.get("aliases").get(0).asText());
            assertEquals(2, profile.get("articles").asInt());
            assertEquals("2024-03-01", profile.get("from").asText());
        }
    }

    @ParameterizedTest(name = "{1} gives {0}")
    @CsvSource({
        "400, /api/entities/band/Ze, kind",
        "400, /api/entities/source/Harbour%20Ledger, kind",
        "400, /api/entities/person/Ze?from=March, from",
        "404, /api/entities/person/Nobody%20Atall, ",
        "404, /api/entities/place/Donald%20Trump, "
    })
    void badKindsAndUnknownNamesAreRefused(int status, String path, String parameter) throws Exception {
        try (TestServer server =
                backend().index("profiles", DiscoveryFixtures.profileStories()).serve()) {
            TestServer.Response response = server.get(path);
            assertEquals(status, response.status(), response.body());
            JsonNode error = response.json();
            assertEquals(status, error.get("status").asInt());
            if (parameter != null) {
                assertEquals(parameter, error.get("parameter").asText());
            }
        }
    }

    private static String path(String name) {
        return encode(name).replace("+", "%20");
    }
}
