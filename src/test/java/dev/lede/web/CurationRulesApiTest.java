package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@link dev.lede.store.CurationStore} reach {@code POST /api/curation}: the API refuses what the CLI refuses. */
class CurationRulesApiTest {

    @TempDir
    Path indexDir;

    @BeforeEach
    void index() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("a1", "Talks", "Anna Berg met Carl Dahl.", null, null, null, null),
                    new Enrichment(List.of("Anna Berg", "Carl Dahl"), List.of(), List.of(), List.of())));
            writer.commit();
        }
    }

    @Test
    void aCircularMergeASelfMergeAndATargetOnBlockGet400AndChangeNothing() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            assertEquals(201, curate(server, "merge", "Anna Berg", "Carl Dahl").status());

            JsonNode cycle = refused(server, "merge", "Carl Dahl", "Anna Berg");
            assertTrue(
                    cycle.get("error").asText().contains("change #1 (merge Anna Berg → Carl Dahl)"), cycle.toString());
            refused(server, "merge", "Carl Dahl", "Carl Dahl");
            refused(server, "block", "Carl Dahl", "Anna Berg");

            assertEquals(1, server.get("/api/curation").json().get("changes").size());
            JsonNode people = server.get("/api/search").json().get("facets").get("people");
            assertEquals(1, people.size(), people.toString());
            assertEquals("Carl Dahl", people.get(0).get("value").asText(), "the first merge is in force");
        }
    }

    private static JsonNode refused(TestServer server, String action, String value, String target) throws Exception {
        TestServer.Response response = curate(server, action, value, target);
        assertEquals(400, response.status(), response.body());
        JsonNode json = response.json();
        assertEquals("target", json.get("parameter").asText(), response.body());
        return json;
    }

    private static TestServer.Response curate(TestServer server, String action, String value, String target)
            throws Exception {
        return server.write(
                "POST",
                "/api/curation",
                "{\"action\":\"" + action + "\",\"field\":\"person\",\"value\":\"" + value + "\",\"target\":\"" + target
                        + "\"}");
    }
}
