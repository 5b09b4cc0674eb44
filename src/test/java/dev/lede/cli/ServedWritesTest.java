package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.config.BackendSettings;
import dev.lede.config.Enrichment;
import dev.lede.config.EntitySource;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.ArticleView;
import dev.lede.model.ArticleWrites;
import dev.lede.model.SearchRequest;
import dev.lede.store.EnrichmentStore;
import dev.lede.web.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Live writes as {@code lede serve} opens them (its search refreshed in the background): each write is found by the
 * very next search, keeps the entities the article gives, as {@code lede index} does, and is enriched as the index
 * was unless the server is told otherwise.
 */
class ServedWritesTest {

    @TempDir
    Path indexDir;

    @Test
    void aWriteIsFoundByTheNextSearchAndADeleteIsGoneFromIt() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        LedeConfig config = LedeConfig.defaults().withIndexDir(indexDir).withNlp(NlpMode.OFF);
        try (Backends.Opened served = Backends.openServed(config, BackendSettings.defaults())) {
            for (int i = 0; i < 10; i++) {
                String id = "r-" + i;
                ArticleWrites.Added added = served.writes().add("request.json", article(id, i));
                assertEquals(List.of(id), added.ids(), added.toString());

                assertTrue(served.search().article(id).isPresent(), id + " not found right after its write");
                assertEquals(
                        1,
                        served.search()
                                .search(SearchRequest.builder()
                                        .query("zebra" + i)
                                        .build())
                                .total());
            }
            ArticleView kept = served.search().article("r-3").orElseThrow();
            assertEquals(List.of("Jane Supplied"), kept.people());

            served.writes().delete(List.of("r-3"));
            assertTrue(served.search().article("r-3").isEmpty(), "r-3 still found right after its delete");
        }
    }

    @Test
    void liveWritesEnrichAsTheIndexWasBuiltWhenTheServerIsNotToldOtherwise() throws Exception {
        Path input = Files.createDirectories(indexDir.resolveSibling(indexDir.getFileName() + "-input"));
        Files.writeString(input.resolve("a.jsonl"), "{\"id\":\"a1\",\"title\":\"Quay\",\"body\":\"The quay.\"}\n");
        int exit = Main.commandLine()
                .execute(
                        "index",
                        "--nlp",
                        "fast",
                        "--home-country",
                        "gb",
                        "--quiet",
                        "--index",
                        indexDir.toString(),
                        input.toString());
        assertEquals(0, exit);

        LedeConfig config = LedeConfig.defaults().withIndexDir(indexDir);
        try (Backends.Opened served = Backends.openServed(config, BackendSettings.defaults(), null)) {
            served.awaitOpen();
            served.writes().add("request.json", VOTE);

            assertEquals(
                    List.of("Parliament (United Kingdom)"),
                    served.search().article("v1").orElseThrow().orgs());
        }
    }

    @Test
    void theServersOwnNlpOverridesTheOneTheIndexWasBuiltWith() throws Exception {
        new EnrichmentStore(indexDir).remember(new Enrichment(NlpMode.FAST, EntitySource.BOTH, "GB"));

        LedeConfig config = LedeConfig.defaults().withIndexDir(indexDir);
        try (Backends.Opened served = Backends.openServed(config, BackendSettings.defaults(), NlpMode.OFF)) {
            served.awaitOpen();
            served.writes().add("request.json", VOTE);

            assertEquals(List.of(), served.search().article("v1").orElseThrow().orgs());
        }
    }

    @Test
    void aServerThatTakesWritesSaysHowItWillEnrichThemAtStartAndInItsHealth() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        new EnrichmentStore(indexDir).remember(new Enrichment(NlpMode.FAST, EntitySource.GIVEN, "GB"));
        Path token = Files.writeString(
                indexDir.resolveSibling(indexDir.getFileName() + "-token"), "a-write-token-for-this-test");
        StringWriter output = new StringWriter();
        JsonNode health;
        Thread server = Thread.ofPlatform().daemon().start(() -> {
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(output, true));
            commandLine.setErr(new PrintWriter(output, true));
            commandLine.execute(
                    "serve", "--index", indexDir.toString(), "--port", "0", "--write-token-file", token.toString());
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.toString().contains("Lede is serving") && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            health = Json.mapper().readTree(healthOf(output.toString()));
        } finally {
            server.interrupt();
            server.join(TimeUnit.SECONDS.toMillis(10));
        }

        assertTrue(
                output.toString()
                        .contains("Articles posted to /api/articles are enriched with mode fast, entities given,"
                                + " home country GB."),
                output.toString());
        assertEquals("fast", health.path("liveWrites").path("nlp").asText(), health.toString());
        assertEquals("given", health.path("liveWrites").path("entities").asText(), health.toString());
        assertEquals("GB", health.path("liveWrites").path("homeCountry").asText(), health.toString());
    }

    /** The body of {@code /api/health} from the server whose start-up line is in {@code output}. */
    private static String healthOf(String output) throws Exception {
        Matcher serving =
                Pattern.compile("Lede is serving .* at (http://\\S+/)").matcher(output);
        assertTrue(serving.find(), output);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(serving.group(1) + "api/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        }
    }

    private static final byte[] VOTE = ("{\"id\":\"v1\",\"title\":\"Vote delayed\",\"body\":\"Ministers told"
                    + " Parliament on Tuesday that the vote on the budget would wait until after Easter.\"}")
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] article(String id, int i) {
        return ("{\"id\":\"" + id + "\",\"title\":\"Race " + i + "\",\"body\":\"Race body zebra" + i
                        + ".\",\"people\":[\"Jane Supplied\"]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
