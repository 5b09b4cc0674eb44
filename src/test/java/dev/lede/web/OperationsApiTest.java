package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an operator watches, over HTTP on a real index: health, Prometheus metrics and the access log. */
class OperationsApiTest {

    @TempDir
    Path indexDir;

    private TestServer server;
    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        index("a1", "a2");
        server = new TestServer(indexDir);
        accessLog.start();
        ((Logger) LoggerFactory.getLogger(AccessLog.LOGGER)).addAppender(accessLog);
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(AccessLog.LOGGER)).detachAppender(accessLog);
        server.close();
    }

    @Test
    void healthNamesTheVersionAndTheIndexCommitAndSeesANewCommit() throws Exception {
        JsonNode health = server.get("/api/health").json();
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), health.toString());
        assertEquals(2, health.get("articles").asLong());
        assertTrue(health.get("indexBytes").asLong() > 0, health.toString());
        assertFalse(health.has("liveWrites"), "a server that takes no writes has no enrichment to show: " + health);
        long generation = health.get("indexGeneration").asLong();

        index("a3");
        JsonNode after = server.get("/api/health").json();
        assertEquals(3, after.get("articles").asLong());
        assertTrue(after.get("indexGeneration").asLong() > generation, after.toString());
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndReportTheIndex() throws Exception {
        server.get("/api/articles/a1");
        server.get("/api/articles/a2");
        server.get("/api/articles/nope");
        server.get("/no/such/page");

        TestServer.Response response = server.get("/metrics");
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("text/plain"), response.contentType());
        String metrics = response.body();
        assertEquals(2.0, sample(metrics, "lede_http_requests_seconds_count", "/api/articles/{id}", "200"));
        assertEquals(1.0, sample(metrics, "lede_http_requests_seconds_count", "/api/articles/{id}", "404"));
        assertEquals(1.0, sample(metrics, "lede_http_requests_seconds_count", ServerMetrics.UNMATCHED, "404"));
        assertFalse(metrics.contains("/no/such/page"), "raw paths must not become labels");
        assertTrue(metrics.contains("lede_index_articles 2.0"), metrics);
        assertTrue(metrics.contains("lede_index_size_bytes "), metrics);
        assertTrue(metrics.contains("lede_searcher_refresh_age_seconds "), metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
    }

    @Test
    void metricsCountArticlesIndexedAndRefusedByLiveIngestion() throws Exception {
        server.send(
                "POST",
                "/api/articles",
                "application/x-ndjson",
                "{\"id\":\"live-1\",\"title\":\"Tram depot opens\",\"body\":\"The depot opened.\"}\n"
                        + "{\"id\":\"live-2\",\"title\":\"Ferry returns\",\"body\":\"The ferry is back.\"}\n"
                        + "[1, 2]\n");

        String metrics = server.get("/metrics").body();
        assertTrue(metrics.contains("lede_ingest_articles_total{outcome=\"indexed\"} 2.0"), metrics);
        assertTrue(metrics.contains("lede_ingest_articles_total{outcome=\"refused\"} 1.0"), metrics);
    }

    @Test
    void everyRequestWritesOneAccessLogLineWithMethodPathStatusAndTime() throws Exception {
        server.get("/api/search?q=secret+source");
        server.get("/api/articles/nope");

        List<String> lines =
                accessLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("GET /api/search 200 \\d+ms"), lines.get(0));
        assertTrue(lines.get(1).matches("GET /api/articles/nope 404 \\d+ms"), lines.get(1));
    }

    @Test
    void theOpenApiDocumentCarriesTheServersVersion() throws Exception {
        JsonNode document = server.get("/api/openapi.json").json();
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals(
                server.get("/api/health").json().get("version").asText(),
                document.at("/info/version").asText());
    }

    /** The value of one sample of {@code metric} for GET requests to {@code route} answered with {@code status}. */
    private static double sample(String metrics, String metric, String route, String status) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{(.*)} (\\S+)$");
        Matcher matcher = line.matcher(metrics);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("route=\"" + route + "\"")
                    && labels.contains("status=\"" + status + "\"")
                    && labels.contains("method=\"GET\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no " + metric + " for " + route + " " + status + " in\n" + metrics);
    }

    private void index(String... ids) throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (String id : ids) {
                writer.write(new EnrichedArticle(
                        new Article(id, "Title " + id, "Body of " + id, Instant.now(), "Ledger", null, null),
                        new Enrichment(List.of(), List.of(), List.of(), List.of())));
            }
            writer.commit();
        }
    }
}
