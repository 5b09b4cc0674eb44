package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page that exists, asked with a method it does not take: 405 naming the methods it does take, not 404. */
class MethodNotAllowedApiTest {

    @TempDir
    Path indexDir;

    @BeforeEach
    void index() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("a1", "Tram story", "Trams run.", null, null, null, null),
                    new Enrichment(List.of(), List.of(), List.of(), List.of())));
            writer.commit();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "OPTIONS|/api/search|GET",
                "PUT|/api/search|GET",
                "TRACE|/api/search|GET",
                "OPTIONS|/api/articles|POST",
                "OPTIONS|/api/articles/a1|GET, DELETE",
                "PATCH|/api/articles/a1/annotation|GET, PUT, DELETE"
            })
    void aMethodThePageDoesNotTakeIsA405WithAnAllowHeaderAndAJsonBody(String method, String path, String allow)
            throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            String response = RawHttp.send(server.port(), request(method, path), Duration.ofSeconds(30));

            assertEquals(405, RawHttp.status(response), response);
            assertEquals(allow, header(response, "Allow"), response);
            assertEquals(405, server.json(RawHttp.body(response)).get("status").asInt(), response);
            assertTrue(
                    server.json(RawHttp.body(response))
                            .get("error")
                            .asText()
                            .startsWith("Method not allowed: " + method),
                    response);
        }
    }

    @Test
    void aPageThatDoesNotExistIsStillA404WhateverTheMethod() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            String response = RawHttp.send(server.port(), request("OPTIONS", "/api/nothing"), Duration.ofSeconds(30));

            assertEquals(404, RawHttp.status(response), response);
            assertTrue(server.json(RawHttp.body(response)).get("error").asText().startsWith("No such page"), response);
        }
    }

    private static String request(String method, String path) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.TOKEN
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

    /** The value of header {@code name} in a raw response, or empty when it has none. */
    private static String header(String response, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return response.lines()
                .takeWhile(line -> !line.isEmpty())
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip())
                .findFirst()
                .orElse("");
    }
}
