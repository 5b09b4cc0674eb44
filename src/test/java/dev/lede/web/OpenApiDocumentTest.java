package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.LedeConfig;
import dev.lede.ingest.LiveIngestion;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/openapi.json} against the routes the server really registers, both ways. */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Read by monitors and tools, not typed by people: they take no query parameter and ignore any. */
    private static final Set<String> MACHINE_READ = Set.of("/api/health", "/api/openapi.json", "/metrics");

    @TempDir
    static Path indexDir;

    private static LuceneArticleSearch search;
    private static LedeServer server;
    private static JsonNode document;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        search = LuceneArticleSearch.open(indexDir);
        LiveIngestion writes =
                new LiveIngestion(indexDir, Parsers.standard(), () -> article -> Enrichment.NONE, id -> false);
        server = new LedeServer(
                        search,
                        writes,
                        LedeConfig.defaults().withHost("127.0.0.1").withPort(0))
                .start();
        document = JSON.readTree(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        search.close();
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        List<String> undocumented = server.routes().stream()
                .filter(route -> !documented().contains(route))
                .toList();
        assertTrue(undocumented.isEmpty(), "routes missing from openapi.json: " + undocumented);
        assertFalse(server.routes().isEmpty());
    }

    @Test
    void everyDocumentedOperationIsARealRoute() throws Exception {
        List<String> unanswered = new ArrayList<>();
        for (String operation : documented()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            HttpResponse<String> response = send(method, withExamples(path));
            if (isNoSuchRoute(response)) {
                unanswered.add(operation + " → " + response.statusCode());
            }
        }
        assertTrue(unanswered.isEmpty(), "documented but not served: " + unanswered);
    }

    @Test
    void everyPathParameterHasAnExampleToTryItWith() {
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().forEach(operation -> {
                    for (JsonNode parameter : operation.path("parameters")) {
                        if (parameter.get("in").asText().equals("path")) {
                            assertTrue(parameter.has("example"), path.getKey() + " " + parameter.get("name"));
                        }
                    }
                }));
        assertEquals("3.0.3", document.get("openapi").asText());
    }

    @Test
    void everyGetSaysHowItTellsOfAParameterItDoesNotRead() {
        List<String> silent = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null && !MACHINE_READ.contains(path.getKey()) && !tellsOfUnreadParameters(get)) {
                silent.add(path.getKey());
            }
        });
        assertTrue(silent.isEmpty(), "neither warnings in the JSON answer nor a 400 for the rest: " + silent);
    }

    @Test
    void noDocumentedQueryParameterIsOneTheRouteCallsUnknown() throws Exception {
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                String name = parameter.get("name").asText();
                if (parameter.get("in").asText().equals("query")
                        && send("GET", withExamples(path.getKey()) + "?" + name + "=1")
                                .body()
                                .contains("'" + name + "' is not a parameter")) {
                    unread.add(path.getKey() + " " + name);
                }
            }
        }
        assertTrue(unread.isEmpty(), "documented, but the route calls them unknown: " + unread);
    }

    @Test
    void theSearchDocumentsEveryParameterItReads() {
        Set<String> documented = new TreeSet<>();
        for (JsonNode parameter :
                document.path("paths").path("/api/search").path("get").path("parameters")) {
            documented.add(parameter.get("name").asText());
        }
        Set<String> undocumented = new TreeSet<>(SearchParams.known());
        undocumented.removeAll(documented);
        assertTrue(undocumented.isEmpty(), "read by GET /api/search, missing from its parameters: " + undocumented);
    }

    /** A JSON answer names them in {@code warnings}; any other answer (a download, a feed) refuses them with a 400. */
    private static boolean tellsOfUnreadParameters(JsonNode get) {
        JsonNode answer = get.path("responses").path("200").path("content");
        if (answer.has("application/json")) {
            return answer.path("application/json")
                    .path("schema")
                    .path("properties")
                    .has("warnings");
        }
        return get.path("responses").has("400");
    }

    /** "METHOD /path/{param}" for every operation in the document. */
    private static TreeSet<String> documented() {
        TreeSet<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    /** The path with each {parameter} replaced by its documented example. */
    private static String withExamples(String path) {
        String concrete = path;
        for (JsonNode operation : document.get("paths").get(path)) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.get("in").asText().equals("path")) {
                    String example = URLEncoder.encode(parameter.get("example").asText(), StandardCharsets.UTF_8)
                            .replace("+", "%20");
                    concrete = concrete.replace("{" + parameter.get("name").asText() + "}", example);
                }
            }
        }
        return concrete;
    }

    /** The server's answer to a path no route serves: 404 "No such page", or 405. */
    private static boolean isNoSuchRoute(HttpResponse<String> response) throws Exception {
        if (response.statusCode() == 405) {
            return true;
        }
        if (response.statusCode() != 404) {
            return false;
        }
        return JSON.readTree(response.body()).path("error").asText().startsWith("No such page");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString(""))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
