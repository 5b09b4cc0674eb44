package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestServer;
import dev.lede.config.LedeConfig;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need the token and must come from this site; the Host must be ours; every response carries the headers. */
class WriteProtectionApiTest {

    private static final String MERGE =
            "{\"action\":\"merge\",\"field\":\"place\",\"value\":\"Kiev\",\"target\":\"Kyiv\"}";
    private static final String SAVE = "{\"name\":\"kyiv\",\"query\":\"q=kyiv\"}";

    @TempDir
    Path indexDir;

    @BeforeEach
    void index() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("k1", "Kiev story", "Text", null, null, null, null),
                    new Enrichment(List.of(), List.of("Kiev"), List.of(), List.of())));
            writer.commit();
        }
    }

    @Test
    void aWriteWithTheTokenIsAcceptedAndOneWithoutOrWithAWrongTokenIsRefused() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            var missing = server.send(server.request("/api/curation")
                    .header("Content-Type", "application/json")
                    .POST(TestServer.publisher(MERGE)));
            assertEquals(401, missing.status(), missing.body());
            assertTrue(missing.json().get("error").asText().contains("Authorization: Bearer"), missing.body());
            var wrong = server.send(server.request("/api/saved")
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestServer.TOKEN + "x")
                    .POST(TestServer.publisher(SAVE)));
            assertEquals(401, wrong.status(), wrong.body());
            assertEquals(0, server.get("/api/curation").json().get("changes").size());
            assertEquals(0, server.get("/api/saved").json().get("searches").size());

            assertEquals(201, server.write("POST", "/api/curation", MERGE).status());
            assertEquals(201, server.write("POST", "/api/saved", SAVE).status());
            var deleteWithoutToken =
                    server.send(server.request("/api/saved/kyiv").DELETE());
            assertEquals(401, deleteWithoutToken.status());
            assertEquals(200, server.write("DELETE", "/api/saved/kyiv", null).status());
        }
    }

    @Test
    void aServerWithoutATokenIsReadOnlyAndSaysHowToConfigureOne() throws Exception {
        try (TestServer server = TestServer.readOnly(indexDir)) {
            var refused = server.write("POST", "/api/curation", MERGE);
            assertEquals(401, refused.status());
            assertTrue(refused.json().get("error").asText().contains("LEDE_WRITE_TOKEN"), refused.body());
            assertEquals(200, server.get("/api/search?q=kiev").status());
        }
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            var otherOrigin = server.send(TestServer.authorized(server.request("/api/curation"))
                    .header("Content-Type", "application/json")
                    .header("Origin", "http://evil.example")
                    .POST(TestServer.publisher(MERGE)));
            assertEquals(403, otherOrigin.status(), otherOrigin.body());
            var crossSite = server.send(TestServer.authorized(server.request("/api/curation"))
                    .header("Content-Type", "application/json")
                    .header("Sec-Fetch-Site", "cross-site")
                    .POST(TestServer.publisher(MERGE)));
            assertEquals(403, crossSite.status(), crossSite.body());
            var formPost = server.write("POST", "/api/curation", "text/plain", MERGE);
            assertEquals(415, formPost.status(), formPost.body());
            assertEquals(0, server.get("/api/curation").json().get("changes").size());

            var sameOrigin = server.send(TestServer.authorized(server.request("/api/curation"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Origin", server.baseUrl())
                    .header("Sec-Fetch-Site", "same-origin")
                    .POST(TestServer.publisher(MERGE)));
            assertEquals(201, sameOrigin.status(), sameOrigin.body());
        }
    }

    @Test
    void aBatchOnlyReadsSoItNeedsNoTokenButIsStillRefusedFromAnotherSite() throws Exception {
        try (TestServer server = TestServer.readOnly(indexDir)) {
            var plain = server.send(server.request("/api/batch")
                    .header("Content-Type", "text/plain")
                    .POST(TestServer.publisher("kiev")));
            assertEquals(200, plain.status(), plain.body());
            var crossSite = server.send(server.request("/api/batch")
                    .header("Content-Type", "text/plain")
                    .header("Origin", "https://evil.example")
                    .POST(TestServer.publisher("kiev")));
            assertEquals(403, crossSite.status(), crossSite.body());
        }
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedAgainstDnsRebinding() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            int port =
                    Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
            String rebound = RawHttp.get(port, "evil.example:" + port, "/api/search?q=kiev");
            assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
            assertFalse(rebound.contains("Kiev story"), rebound);
            String feed = RawHttp.get(port, "evil.example", "/feeds/any.atom");
            assertTrue(feed.startsWith("HTTP/1.1 421"), feed);
            assertTrue(RawHttp.get(port, "localhost:" + port, "/api/health").startsWith("HTTP/1.1 200"));
            assertTrue(RawHttp.get(port, "127.0.0.1:" + port, "/api/health").startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            List<HttpRequest.Builder> requests = List.of(
                    server.request("/"),
                    server.request("/lede.js"),
                    server.request("/api/search?q=kiev"),
                    server.request("/api/search?page=-1"),
                    server.request("/no/such/page"),
                    server.request("/api/curation").POST(TestServer.publisher(null)));
            for (HttpRequest.Builder request : requests) {
                var response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                var headers = response.headers();
                String where = response.request().method() + " " + response.uri() + " → " + response.statusCode();
                String policy = headers.firstValue("Content-Security-Policy").orElse("");
                assertTrue(policy.contains("frame-ancestors 'none'"), where);
                assertTrue(policy.contains("script-src 'self'"), where);
                assertFalse(policy.contains("unsafe-inline"), where);
                assertEquals(
                        "nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), where);
                assertTrue(headers.firstValue("Referrer-Policy").isPresent(), where);
                assertTrue(headers.firstValue("Access-Control-Allow-Origin").isEmpty(), where);
            }
        }
    }

    @Test
    void corsIsOffUnlessConfiguredAndThenLetsOnlyThoseOriginsReadNeverWrite() throws Exception {
        String newsroom = "https://newsroom.example";
        try (TestServer closed = new TestServer(indexDir)) {
            var read = closed.send(closed.request("/api/search?q=kiev").header("Origin", newsroom));
            assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        try (TestServer open = new TestServer(
                indexDir, defences -> defences.withWriteToken(TestServer.TOKEN).withCorsOrigins(List.of(newsroom)))) {
            var read = open.send(open.request("/api/search?q=kiev").header("Origin", newsroom));
            assertEquals(200, read.status());
            assertEquals(
                    newsroom,
                    read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

            var stranger = open.send(open.request("/api/search?q=kiev").header("Origin", "https://evil.example"));
            assertTrue(
                    stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

            var write = open.send(TestServer.authorized(open.request("/api/saved"))
                    .header("Origin", newsroom)
                    .header("Content-Type", "application/json")
                    .POST(TestServer.publisher("{\"name\":\"kiev\",\"query\":\"q=kiev\"}")));
            assertEquals(403, write.status(), write.body());
            assertTrue(write.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            String page = server.get("/").body();
            assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline <script>");
            assertFalse(page.contains("<style"), "inline <style>");
            assertFalse(page.matches("(?s).*\\s(style|on[a-z]+)=.*"), "inline style or handler attribute");
            assertTrue(page.contains("src=\"/auth.js\""));
        }
    }

    @Test
    void aServerBeyondLoopbackWithoutATokenRefusesToStart() throws Exception {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            LedeConfig open = LedeConfig.defaults().withHost("0.0.0.0").withPort(0);
            var error = assertThrows(IllegalStateException.class, () -> new LedeServer(search, null, open));
            assertTrue(error.getMessage().contains("write token"), error.getMessage());
        }
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
}
