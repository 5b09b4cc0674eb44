package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.config.NlpMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The facet value box through the real extractor, index and HTTP API: the first letters of a place's or country's
 * other name (an old name, an exonym, a former state) offer the value it is indexed under; on each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OldNamePrefixApiContract {

    private TestServer server;

    private static final String[][] ARTICLES = {
        {"m1", "Mills", "Textile mills in Mumbai reopened after a strike, the union said."},
        {"b1", "Trade", "Officials in Beijing said trade grew in March."},
        {"k1", "Jute", "Jute exporters in Kolkata said shipments rose."},
        {"c1", "Cocoa", "Cocoa growers in Ivory Coast said the harvest was late."},
        {"r1", "Grain", "Russia bought more grain, trade sources said."},
        {"y1", "Junta", "The military government of Myanmar said it would free prisoners."},
    };

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndServe() throws IOException {
        server = backend()
                .index("old-names", ExtractedArticles.extractOnce(NlpMode.FAST, ARTICLES))
                .serve();
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPrefixOfAnOldCityNameOffersTheCity() throws Exception {
        assertEquals(List.of("Mumbai"), values("place", "Bomb"));
        assertEquals(List.of("Beijing"), values("place", "Pek"));
        assertEquals(List.of("Kolkata"), values("place", "calc"));
    }

    @Test
    void aPrefixOfAFormerOrForeignCountryNameOffersTheCountry() throws Exception {
        assertEquals(List.of("Myanmar"), values("country", "Bur"));
        assertEquals(List.of("Russia"), values("country", "Sovi"));
        assertEquals(List.of("Ivory Coast"), values("country", "Cote d"));
    }

    @Test
    void theOldNameMustStartAWordOfItAndThePrefixHaveThreeLetters() throws Exception {
        assertEquals(List.of(), values("place", "ombay"));
        assertEquals(List.of(), values("place", "Bombx"));
        assertFalse(values("place", "Bo").contains("Mumbai"), "two letters are too few for other names");
    }

    @Test
    void theValuesOwnNamesStillMatch() throws Exception {
        assertEquals(List.of("Mumbai"), values("place", "Mum"));
        assertTrue(values("country", "").containsAll(List.of("Myanmar", "Russia", "Ivory Coast")));
    }

    private List<String> values(String field, String prefix) throws Exception {
        TestServer.Response response = server.get("/api/facets/" + field + "?prefix=" + TestServer.encode(prefix));
        assertEquals(200, response.status(), response.body());
        List<String> values = new ArrayList<>();
        for (JsonNode value : response.json().get("values")) {
            values.add(value.get("value").asText());
        }
        return values;
    }
}
