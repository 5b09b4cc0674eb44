package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.web.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The writing half of {@code bin/bench-load}: articles from a JSON-lines corpus, under fresh ids, posted as NDJSON
 * batches to {@code POST /api/articles} with the write token, spread over the load test; afterwards each id is read
 * back through {@code GET /api/articles/{id}}.
 */
final class LiveIngestLoad {

    private static final ObjectMapper JSON = Json.mapper();

    private final HttpClient client;
    private final String base;
    private final String token;
    private final List<String> batches;
    private final List<String> ids;
    private final List<String> errors = new ArrayList<>();
    private final Set<String> acknowledged = new HashSet<>();
    private long writingNanos;

    private LiveIngestLoad(HttpClient client, String base, String token, List<String> batches, List<String> ids) {
        this.client = client;
        this.base = base;
        this.token = token;
        this.batches = batches;
        this.ids = ids;
    }

    /**
     * Reads the first {@code articles} lines of {@code corpus} (gzipped or not) and gives each the id {@code
     * idPrefix + n}, so that they are new to an index built from the same corpus.
     */
    static LiveIngestLoad prepare(
            HttpClient client, String base, String token, Path corpus, int articles, int batchSize, String idPrefix)
            throws IOException {
        List<String> batches = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        try (BufferedReader lines = open(corpus)) {
            for (String line = lines.readLine(); line != null && ids.size() < articles; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode article = (ObjectNode) JSON.readTree(line);
                String id = idPrefix + ids.size();
                article.put("id", id);
                ids.add(id);
                batch.append(JSON.writeValueAsString(article)).append('\n');
                if (ids.size() % batchSize == 0) {
                    batches.add(batch.toString());
                    batch.setLength(0);
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch.toString());
        }
        if (ids.size() < articles) {
            throw new IllegalArgumentException(corpus + " holds " + ids.size() + " articles, not " + articles);
        }
        return new LiveIngestLoad(client, base, token, batches, ids);
    }

    private static BufferedReader open(Path corpus) throws IOException {
        InputStream in = Files.newInputStream(corpus);
        if (corpus.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Posts the batches one after another, evenly spaced over {@code spread}, and never two at once. */
    void ingest(Duration spread) throws InterruptedException {
        long start = System.nanoTime();
        long interval = spread.toNanos() / batches.size();
        for (int b = 0; b < batches.size(); b++) {
            long due = start + b * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            long sent = System.nanoTime();
            post(b, batches.get(b));
            writingNanos += System.nanoTime() - sent;
        }
    }

    private void post(int number, String batch) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/x-ndjson")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(batch))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                errors.add("batch " + number + ": HTTP " + response.statusCode() + " " + response.body());
                return;
            }
            JsonNode added = JSON.readTree(response.body());
            added.path("ids").forEach(id -> acknowledged.add(id.asText()));
            added.path("errors").forEach(error -> errors.add("batch " + number + ": " + error.asText()));
        } catch (IOException e) {
            errors.add("batch " + number + ": no answer (" + e + ")");
        }
    }

    /** Reads every article back by id; each one not acknowledged or not found is an error. */
    void verify() throws InterruptedException {
        for (String id : ids) {
            if (!acknowledged.contains(id)) {
                errors.add(id + ": not acknowledged by POST /api/articles");
                continue;
            }
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/articles/"
                                                + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 200) {
                    errors.add(id + ": GET /api/articles answered " + status + " after ingestion");
                }
            } catch (IOException e) {
                errors.add(id + ": no answer when read back (" + e + ")");
            }
        }
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    String report(Duration elapsed) {
        double writingSeconds = writingNanos / 1e9;
        return String.format(
                Locale.ROOT,
                "live ingest: %d articles in %d batches over %.1f s, %d acknowledged, %d errors; %.1f s in write requests"
                        + " (%.1f articles/s while writing, %.0f ms per batch)",
                ids.size(),
                batches.size(),
                elapsed.toNanos() / 1e9,
                acknowledged.size(),
                errors.size(),
                writingSeconds,
                writingSeconds == 0 ? 0 : acknowledged.size() / writingSeconds,
                writingSeconds * 1000 / batches.size());
    }
}
