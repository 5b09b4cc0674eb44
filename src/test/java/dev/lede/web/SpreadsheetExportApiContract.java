package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV downloads as a spreadsheet opens them: UTF-8 with a byte order mark, no formulas, snippet and body columns; on
 * each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpreadsheetExportApiContract {

    private static final String BODY = "Hanna Weißgerber said the council would vote.\n\nIt did, on \"Tuesday\".";

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndStart() throws Exception {
        EnrichedArticle article = new EnrichedArticle(
                new Article(
                        "w1",
                        "=HYPERLINK(\"http://evil.example\",\"Council\")",
                        BODY,
                        Instant.parse("2024-05-01T00:00:00Z"),
                        "@Ledger",
                        null,
                        null),
                new Enrichment(List.of("Hanna Weißgerber"), List.of(), List.of(), List.of()));
        server = backend().index("spreadsheet", List.of(article)).serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aCsvDownloadStartsWithAByteOrderMarkAndKeepsUmlautsAndEszett() throws Exception {
        byte[] bytes = download("/api/export?format=csv");
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("Hanna Weißgerber"), text);

        String plain = new String(download("/api/export?format=csv&bom=false"), StandardCharsets.UTF_8);
        assertTrue(plain.startsWith("id,"), plain);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        String text = new String(download("/api/export?format=csv&bom=false"), StandardCharsets.UTF_8);
        List<List<String>> rows = CsvReader.rows(text);
        List<String> row = rows.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Council\")", row.get(1));
        assertEquals("'@Ledger", row.get(3));
    }

    @Test
    void theSnippetIsTheOpeningOnOneLineAndTheBodyColumnIsOptIn() throws Exception {
        List<List<String>> without = CsvReader.rows(text("/api/export?format=csv"));
        assertEquals(ExportWriter.COLUMNS, without.get(0));
        assertEquals(
                "Hanna Weißgerber said the council would vote. It did, on \"Tuesday\".",
                without.get(1).get(ExportWriter.COLUMNS.indexOf("snippet")));

        List<List<String>> with = CsvReader.rows(text("/api/export?format=csv&body=true"));
        assertEquals("body", with.get(0).getLast());
        assertEquals(BODY, with.get(1).getLast());
    }

    @Test
    void aBadByteOrderMarkOrBodyFlagIsA400() throws Exception {
        assertEquals(
                "bom",
                server.get("/api/export?bom=perhaps").json().get("parameter").asText());
        assertEquals(400, server.get("/api/export?body=all").status());
    }

    @Test
    void aParameterTheExportDoesNotReadIsA400SayingWhatWasMeantRatherThanAWiderDownload() throws Exception {
        TestServer.Response misspelt = server.get("/api/export?format=csv&persn=Nobody+Else");
        assertEquals(400, misspelt.status());
        assertEquals("persn", misspelt.json().get("parameter").asText());
        assertTrue(misspelt.json().get("error").asText().contains("did you mean 'person'?"), misspelt.body());
        assertEquals(400, server.get("/api/export?people=Hanna+Wei%C3%9Fgerber").status());
        TestServer.Response known = server.get("/api/export?format=jsonl&person=Hanna+Wei%C3%9Fgerber&sort=newest");
        assertEquals(200, known.status());
        assertTrue(known.body().contains("\"w1\""), known.body());
    }

    @Test
    void anUploadedCsvWithAQuoteLeftOpenIsA400NamingTheBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/batch"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString("query\r\n\"Weißgerber\r\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"parameter\":\"body\""), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aLeadingFormulaCharacterGetsAnApostrophe(String cell) {
        assertEquals("'" + cell, SpreadsheetCsv.safe(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rotterdam", "2024-05-01T00:00:00Z", "a=b", "x-y", ""})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertEquals(cell, SpreadsheetCsv.safe(cell));
    }

    private String text(String path) throws Exception {
        return new String(download(path), StandardCharsets.UTF_8);
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
