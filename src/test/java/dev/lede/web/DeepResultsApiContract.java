package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging with a cursor and exporting every match, over HTTP, on 1,200 small articles: more than one export batch,
 * with many articles sharing a publication day (and some with none) so that ties must be broken by document; on each
 * {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeepResultsApiContract {

    private static final int ARTICLES = 1_200;
    private static final String TRICKY_TITLE = "Mayor says \"no\", then yes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndStart() throws Exception {
        Instant day = Instant.parse("2024-01-01T00:00:00Z");
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String title = i == 7 ? TRICKY_TITLE : "Story " + i;
            // Relevance ties too: the keyword appears one to three times.
            String body = "harbour ".repeat(1 + i % 3) + "text " + i;
            Instant published = i % 50 == 0 ? null : day.plus(i % 30, ChronoUnit.DAYS);
            String source = i % 4 == 0 ? "Harbour Ledger" : "Continental Wire";
            List<String> people = i % 6 == 0 ? List.of("Marit Zuidervaart", "Joost Ammerlaan") : List.of();
            articles.add(new EnrichedArticle(
                    new Article("a" + i, title, body, published, source, "https://x.example/" + i, null),
                    new Enrichment(people, List.of("Rotterdam"), List.of(), List.of())));
        }
        server = backend().index("deep-results", articles).serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "sort={0}")
    @ValueSource(strings = {"relevance&q=harbour", "newest", "oldest", "relevance"})
    void followingTheCursorVisitsEveryHitExactlyOnceInTheOrderOfThePages(String sort) throws Exception {
        List<String> byPages = new ArrayList<>();
        for (int page = 1; page <= 12; page++) {
            byPages.addAll(ids(search("sort=" + sort + "&size=100&page=" + page)));
        }
        assertEquals(ARTICLES, byPages.size());

        List<String> byCursor = new ArrayList<>();
        JsonNode result = search("sort=" + sort + "&size=70");
        int pages = 1;
        while (true) {
            assertEquals(ARTICLES, result.get("total").asInt());
            byCursor.addAll(ids(result));
            if (result.get("nextCursor").isNull()) {
                break;
            }
            result = search("sort=" + sort + "&size=70&cursor="
                    + encode(result.get("nextCursor").asText()));
            pages++;
        }
        assertEquals(byPages, byCursor);
        assertEquals(ARTICLES, new HashSet<>(byCursor).size());
        assertEquals(18, pages, "1,200 hits in pages of 70");
    }

    @Test
    void aPageNumberAlsoGivesTheCursorThatContinuesAfterIt() throws Exception {
        JsonNode third = search("sort=oldest&size=10&page=3");
        JsonNode fourth = search("sort=oldest&size=10&page=4");
        JsonNode afterThird = search(
                "sort=oldest&size=10&cursor=" + encode(third.get("nextCursor").asText()));
        assertEquals(ids(fourth), ids(afterThird));
    }

    @Test
    void theLastPageHasNoNextCursor() throws Exception {
        String filters = "source=" + encode("Harbour Ledger") + "&person=" + encode("Marit Zuidervaart");
        JsonNode whole = search(filters + "&size=100");
        assertEquals(100, whole.get("total").asInt());
        assertTrue(whole.get("nextCursor").isNull(), whole.get("nextCursor").toString());
        assertNotNull(search(filters + "&size=99").get("nextCursor").textValue());
    }

    @Test
    void aBadCursorOrACursorWithAPageNumberIsRejectedNamingTheCursor() throws Exception {
        for (String query : List.of("cursor=not-a-cursor", "cursor=e30", "sort=newest&cursor=" + cursor("oldest"))) {
            TestServer.Response response = server.get("/api/search?" + query);
            assertEquals(400, response.status(), query);
            assertEquals("cursor", response.json().get("parameter").asText(), query);
        }
        TestServer.Response withPage = server.get("/api/search?page=2&cursor=" + cursor("newest"));
        assertEquals(400, withPage.status());
        assertEquals("cursor", withPage.json().get("parameter").asText());
    }

    @Test
    void csvExportHasEveryMatchInOrderWithQuotedFieldsAndJoinedValues() throws Exception {
        TestServer.Response response = server.get("/api/export?format=csv&sort=oldest&bom=false");
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        List<String> lines = List.of(response.body().split("\r\n"));
        assertEquals(String.join(",", ExportWriter.COLUMNS), lines.getFirst());
        assertEquals(ARTICLES + 1, lines.size());
        assertEquals(
                "a6,Story 6,2024-01-07T00:00:00Z,Continental Wire,https://x.example/6,"
                        + "Marit Zuidervaart; Joost Ammerlaan,Rotterdam,,,,harbour text 6,,,",
                lines.stream()
                        .filter(line -> line.startsWith("a6,"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(
                lines.contains("a7,\"Mayor says \"\"no\"\", then yes\",2024-01-08T00:00:00Z,Continental Wire,"
                        + "https://x.example/7,,Rotterdam,,,,harbour harbour text 7,,,"),
                lines.get(8));
        List<String> exported = lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",")[0])
                .toList();
        assertEquals(allIds("oldest"), exported);
    }

    @Test
    void jsonLinesExportRespectsTheFiltersAndStreamsAsADownload() throws Exception {
        TestServer.Response response =
                server.get("/api/export?format=jsonl&q=harbour&person=" + encode("Marit Zuidervaart"));
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("application/x-ndjson"), response.contentType());
        List<String> lines = response.body().lines().toList();
        assertEquals(ARTICLES / 6, lines.size());
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertEquals(0, Integer.parseInt(row.get("id").asText().substring(1)) % 6, line);
            assertEquals("Marit Zuidervaart", row.get("people").get(0).asText());
        }
        JsonNode first = JSON.readTree(lines.getFirst());
        assertEquals(ExportWriter.COLUMNS, iterable(first.fieldNames()));
        JsonNode tricky =
                JSON.readTree(server.get("/api/export?format=jsonl&q=mayor").body());
        assertEquals(TRICKY_TITLE, tricky.get("title").asText());
    }

    @Test
    void anExportTellsItsSizeAndFileNameAndAnEmptyCsvStillHasItsHeader() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/export?q=zzzz"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals("0", response.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(
                "attachment; filename=\"lede-export.csv\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("\uFEFF" + String.join(",", ExportWriter.COLUMNS) + "\r\n", response.body());
    }

    @Test
    void aBadFormatOrFilterIsRejectedAsJsonBeforeAnythingIsStreamed() throws Exception {
        TestServer.Response format = server.get("/api/export?format=xml");
        assertEquals(400, format.status());
        assertEquals("format", format.json().get("parameter").asText());
        TestServer.Response dates = server.get("/api/export?from=2024-02-01&to=2024-01-01");
        assertEquals(400, dates.status());
        assertEquals("from", dates.json().get("parameter").asText());
    }

    private List<String> allIds(String sort) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 12; page++) {
            ids.addAll(ids(search("sort=" + sort + "&size=100&page=" + page)));
        }
        return ids;
    }

    private String cursor(String sort) throws Exception {
        return encode(search("sort=" + sort + "&size=5").get("nextCursor").asText());
    }

    private JsonNode search(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
