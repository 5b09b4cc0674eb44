package dev.lede;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ingest.LiveIngestion;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import dev.lede.search.LuceneArticleSearch;
import dev.lede.web.LedeServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A real Lede server on a free loopback port over an index on disk, with a small JSON client for tests. */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LuceneArticleSearch search;
    private final LedeServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(Path indexDir) throws IOException {
        this.search = LuceneArticleSearch.open(indexDir);
        LiveIngestion writes = new LiveIngestion(
                indexDir,
                Parsers.standard(),
                () -> article -> Enrichment.NONE,
                id -> search.article(id).isPresent());
        this.server = new LedeServer(search, writes, "127.0.0.1", 0).start();
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** GET {@code pathAndQuery}, e.g. {@code /api/search?q=tram}. */
    public Response get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Sends {@code body} with {@code method} (POST, DELETE, …) and the given content type. */
    public Response send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(method, path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends a body from {@code publisher}, e.g. one of unknown length, which goes chunked. */
    public Response send(String method, String path, String contentType, HttpRequest.BodyPublisher publisher)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", contentType)
                .method(method, publisher)
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    public JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        search.close();
    }
}
