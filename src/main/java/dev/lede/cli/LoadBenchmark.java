package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.lucene.LuceneArticleSearch;
import dev.lede.web.LedeServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/bench-load}: serves an index on a free loopback port and sends it searches, facet lookups and article
 * reads from many connections at once for a fixed time, then prints throughput and latency percentiles. The requests
 * are drawn from the index itself (its top entity values and the words of its headlines), so any index will do. With
 * {@code --ingest} it also adds articles through the live ingestion API during the run and checks each is there
 * afterwards ({@link LiveIngestLoad}).
 */
@Command(
        name = "bench-load",
        mixinStandardHelpOptions = true,
        description = "Load test on loopback: CONNECTIONS clients for SECONDS against the index, then p50/p99.")
public final class LoadBenchmark implements Callable<Integer> {

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index to serve.")
    Path index;

    @Option(names = "--connections", defaultValue = "64", description = "Clients at once (default: 64).")
    int connections;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to run, 1 to 600 (default: 60).")
    int seconds;

    @Option(names = "--seed", defaultValue = "12", description = "Seed of the request mix (default: 12).")
    long seed;

    @Option(
            names = "--ingest",
            paramLabel = "FILE",
            description = "While the load runs, add articles from this JSON-lines corpus (gzipped or not) under fresh"
                    + " ids through POST /api/articles, then read each one back. Writes to --index: use a copy.")
    Path ingest;

    @Option(
            names = "--ingest-articles",
            defaultValue = "1000",
            description = "How many articles to ingest, 1 to 100000 (default: 1000).")
    int ingestArticles;

    @Option(names = "--batch", defaultValue = "50", description = "Articles per POST, 1 to 1000 (default: 50).")
    int batch;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > 600 || connections < 1 || connections > 1_000) {
            throw new IllegalArgumentException("--seconds must be 1 to 600 and --connections 1 to 1000");
        }
        if (ingestArticles < 1 || ingestArticles > 100_000 || batch < 1 || batch > 1_000) {
            throw new IllegalArgumentException("--ingest-articles must be 1 to 100000 and --batch 1 to 1000");
        }
        String token = newWriteToken();
        // The live articles are enriched as the Reuters benchmark index is built: no NLP, the corpus's own entities.
        LedeConfig config = LedeConfig.fromEnvironment(System.getenv())
                .withIndexDir(index)
                .withHost("127.0.0.1")
                .withPort(0)
                .withNlp(NlpMode.OFF);
        config = config.withDefences(config.defences().withWriteToken(token));
        try (LuceneArticleSearch search =
                LuceneArticleSearch.open(index).limitTimeTo(config.defences().searchTimeLimit())) {
            List<String> paths = requestMix(search);
            LedeServer server =
                    new LedeServer(search, Backends.luceneWrites(config, search, config.nlp()), config).start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient client = HttpClient.newBuilder()
                        .executor(Executors.newVirtualThreadPerTaskExecutor())
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                LiveIngestLoad live = ingest == null
                        ? null
                        : LiveIngestLoad.prepare(
                                client,
                                base,
                                token,
                                ingest,
                                ingestArticles,
                                batch,
                                "load-" + Instant.now().toEpochMilli() + "-");
                Result result = run(client, base, paths, live);
                System.out.println(result.report(search.articleCount(), connections, seconds));
                if (live == null) {
                    return result.errors() == 0 ? 0 : 1;
                }
                live.errors().stream().limit(20).forEach(System.out::println);
                return result.errors() == 0 && live.errors().isEmpty() ? 0 : 1;
            } finally {
                server.stop();
            }
        }
    }

    /** Random, and long enough for the server's rule; it lives only as long as this run. */
    private static String newWriteToken() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private Result run(HttpClient client, String base, List<String> paths, LiveIngestLoad live)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            if (live != null) {
                clients.submit(() -> {
                    long started = System.nanoTime();
                    // Spread over most of the run, so the last batches still meet the full search load.
                    live.ingest(Duration.ofSeconds(seconds).multipliedBy(4).dividedBy(5));
                    System.out.println(live.report(Duration.ofNanos(System.nanoTime() - started)));
                    return null;
                });
            }
            for (int c = 0; c < connections; c++) {
                Random random = new Random(seed + c);
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        String path = paths.get(random.nextInt(paths.size()));
                        long started = System.nanoTime();
                        try {
                            HttpResponse<Void> response = client.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(30))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong())
                                    .incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - started);
                    }
                    return null;
                });
            }
        }
        if (live != null) {
            live.verify();
            System.out.println("read back after the load: " + live.errors().size() + " errors in all");
        }
        return new Result(new ArrayList<>(latencies), Map.copyOf(statuses), failures.get());
    }

    /** Searches by headline word and by entity, facet autocompletion, and article reads, from the index's own data. */
    private List<String> requestMix(LuceneArticleSearch search) throws java.io.IOException {
        SearchPage sample = search.search(SearchRequest.builder()
                .sort(SortOrder.NEWEST)
                .size(SearchRequest.MAX_SIZE)
                .facetLimit(20)
                .build());
        List<String> paths = new ArrayList<>();
        for (Hit hit : sample.hits()) {
            paths.add("/api/articles/" + encode(hit.id()));
            for (String word : hit.title().toLowerCase(Locale.ROOT).split("\\W+")) {
                if (word.length() > 3) {
                    paths.add("/api/search?q=" + encode(word));
                }
            }
        }
        sample.facets().forEach((key, values) -> {
            for (FacetValue value : values) {
                String parameter = parameterOf(key);
                paths.add("/api/search?" + parameter + "=" + encode(value.value()));
                if (value.value().length() >= 2) {
                    paths.add("/api/facets/" + parameter + "?prefix="
                            + encode(value.value().substring(0, 2).toLowerCase(Locale.ROOT)));
                }
            }
        });
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("the index at " + index + " holds no articles to search for");
        }
        return paths;
    }

    private static String parameterOf(String facetKey) {
        return switch (facetKey) {
            case "people" -> "person";
            case "places" -> "place";
            case "countries" -> "country";
            case "orgs" -> "org";
            default -> "source";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Result(List<Long> latencies, Map<Integer, AtomicLong> statuses, long failures) {

        /** Requests that failed: no answer at all, or a 5xx other than the documented 503 of an overloaded server. */
        long errors() {
            return failures
                    + statuses.entrySet().stream()
                            .filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                            .mapToLong(e -> e.getValue().get())
                            .sum();
        }

        String report(long articles, int connections, int seconds) {
            Collections.sort(latencies);
            return String.format(
                    Locale.ROOT,
                    "articles %d, connections %d, %d s: %d requests, %.1f/s; p50 %d ms, p90 %d ms, p99 %d ms, max %d ms;"
                            + " statuses %s; errors %d",
                    articles,
                    connections,
                    seconds,
                    latencies.size(),
                    latencies.size() / (double) seconds,
                    percentile(50),
                    percentile(90),
                    percentile(99),
                    percentile(100),
                    new java.util.TreeMap<>(statuses),
                    errors());
        }

        private long percentile(int p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            int at = (int) Math.ceil(p / 100.0 * latencies.size()) - 1;
            return Duration.ofNanos(latencies.get(Math.max(0, at))).toMillis();
        }
    }
}
