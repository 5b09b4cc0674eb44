package dev.lede;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.LedeConfig;
import dev.lede.config.ServerDefences;
import dev.lede.ingest.LiveIngestion;
import dev.lede.model.ArticleWrites;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import dev.lede.search.ArticleSearch;
import dev.lede.search.lucene.LuceneArticleSearch;
import dev.lede.web.LedeServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A real Lede server on a free loopback port over an index on disk, with a small JSON client for tests. It accepts
 * writes with {@link #TOKEN} unless started {@link #readOnly}.
 */
public final class TestServer implements AutoCloseable {

    /** The write token every test server accepts. */
    public static final String TOKEN = "test-write-token-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleSearch search;
    private final LedeServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(Path indexDir) throws IOException {
        this(indexDir, defences -> defences.withWriteToken(TOKEN));
    }

    /** A server whose defences are the test defaults changed by {@code defences}, e.g. a shorter time limit. */
    public TestServer(Path indexDir, UnaryOperator<ServerDefences> defences) throws IOException {
        LedeConfig config = LedeConfig.defaults().withPort(0);
        config = config.withDefences(defences.apply(config.defences()));
        this.search =
                LuceneArticleSearch.open(indexDir).limitTimeTo(config.defences().searchTimeLimit());
        LiveIngestion writes = new LiveIngestion(
                indexDir,
                Parsers.standard(),
                () -> article -> Enrichment.NONE,
                id -> search.article(id).isPresent());
        this.server = new LedeServer(search, writes, config).start();
    }

    /** A server over another engine's search (e.g. SolrCloud), with {@code writes} for its changes. */
    public TestServer(ArticleSearch search, ArticleWrites writes) throws IOException {
        LedeConfig config = LedeConfig.defaults().withPort(0);
        this.search = search;
        this.server = new LedeServer(
                        search, writes, config.withDefences(config.defences().withWriteToken(TOKEN)))
                .start();
    }

    /** A server started without a write token, which refuses every change. */
    public static TestServer readOnly(Path indexDir) throws IOException {
        return new TestServer(indexDir, defences -> defences.withWriteToken(null));
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** GET {@code pathAndQuery}, e.g. {@code /api/search?q=tram}. */
    public Response get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET());
    }

    /** {@code method} with a JSON {@code body} (or none when null) and the write token, as the page sends it. */
    public Response write(String method, String path, String body) throws IOException, InterruptedException {
        return write(method, path, "application/json", body);
    }

    public Response write(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = authorized(request(path));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, publisher(body)));
    }

    /** A request to {@code path} on this server, to which a test adds what it needs. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path));
    }

    /** Adds the write token to {@code request}. */
    public static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    public static HttpRequest.BodyPublisher publisher(String body) {
        return body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    public Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers());
    }

    /** Sends {@code body} with {@code method} (POST, DELETE, …), the given content type and the write token. */
    public Response send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(method, path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends a body from {@code publisher}, e.g. one of unknown length, which goes chunked, with the write token. */
    public Response send(String method, String path, String contentType, HttpRequest.BodyPublisher publisher)
            throws IOException, InterruptedException {
        return send(
                authorized(request(path)).header("Content-Type", contentType).method(method, publisher));
    }

    public JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
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
