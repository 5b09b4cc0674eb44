package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An opened article says which other names its text calls its entities by ({@code writtenAs}), so the page can mark
 * them: a place's other names from the gazetteer, an organisation merged into another, a curator's rename; on each
 * {@link ApiBackend}.
 */
abstract class WrittenNamesApiContract {

    private ApiBackend.Indexed index;

    protected abstract ApiBackend backend();

    @BeforeEach
    void index() throws Exception {
        index = backend()
                .index(
                        "written-names",
                        List.of(
                                article(
                                        "treasury",
                                        "U.S. TREASURY TO SELL MORE BILLS",
                                        "The U.S. Treasury will sell more bills, officials told us. The EU said it"
                                                + " would watch. Zelensky spoke in Kiev.",
                                        List.of("Zelensky"),
                                        List.of("United States", "Kyiv"),
                                        List.of("EU", "Treasury"),
                                        List.of("United States", "Ukraine")),
                                article(
                                        "union",
                                        "European Union budget",
                                        "The European Union (EU) agreed its budget, Volodymyr Zelenskyy said.",
                                        List.of("Volodymyr Zelenskyy"),
                                        List.of(),
                                        List.of("European Union", "EU"),
                                        List.of()),
                                article(
                                        "pronoun",
                                        "Let us wait",
                                        "Let us wait and see what the United States does.",
                                        List.of(),
                                        List.of("United States"),
                                        List.of(),
                                        List.of("United States"))));
    }

    @Test
    void anArticleNamesItsPlacesAndOrganisationsAsItsTextWritesThem() throws Exception {
        try (TestServer server = index.serve()) {
            JsonNode article = server.get("/api/articles/treasury").json();

            assertEquals(
                    "[\"European Union\",\"Treasury\"]", article.get("orgs").toString(), article.toString());
            JsonNode written = article.get("writtenAs");
            assertEquals("[\"U.S.\"]", written.get("United States").toString(), written.toString());
            assertEquals("[\"Kiev\"]", written.get("Kyiv").toString(), written.toString());
            assertEquals("[\"EU\"]", written.get("European Union").toString(), written.toString());
            assertEquals("[\"Zelensky\"]", written.get("Volodymyr Zelenskyy").toString(), written.toString());
            assertFalse(written.has("Ukraine"), "the text never names Ukraine: " + written);
        }
    }

    @Test
    void aPronounIsNotTheCountryAndANameWrittenAsShownNeedsNoOther() throws Exception {
        try (TestServer server = index.serve()) {
            assertEquals(
                    0,
                    server.get("/api/articles/pronoun").json().get("writtenAs").size());
            JsonNode union = server.get("/api/articles/union").json().get("writtenAs");
            assertEquals("[\"EU\"]", union.get("European Union").toString(), union.toString());
            assertEquals(1, union.size(), "Volodymyr Zelenskyy is written as shown: " + union);
        }
    }

    @Test
    void aCuratorsRenameMakesTheOldNameOneTheArticleWrites() throws Exception {
        try (TestServer server = index.serve()) {
            String department = "United States Department of the Treasury";
            assertFalse(
                    server.get("/api/articles/treasury").json().get("writtenAs").has(department));
            TestServer.Response renamed = server.write(
                    "POST",
                    "/api/curation",
                    "{\"action\":\"rename\",\"field\":\"org\",\"value\":\"Treasury\",\"target\":\"" + department
                            + "\"}");
            assertEquals(201, renamed.status(), renamed.body());

            JsonNode article = server.get("/api/articles/treasury").json();
            assertEquals(
                    "[\"European Union\",\"" + department + "\"]",
                    article.get("orgs").toString());
            assertEquals(
                    "[\"Treasury\"]", article.get("writtenAs").get(department).toString(), article.toString());
        }
    }

    private static EnrichedArticle article(
            String id,
            String title,
            String body,
            List<String> people,
            List<String> places,
            List<String> orgs,
            List<String> countries) {
        return new EnrichedArticle(
                new Article(id, title, body, null, "Wire", null, null),
                new Enrichment(people, places, orgs, countries, List.of(), null));
    }
}
