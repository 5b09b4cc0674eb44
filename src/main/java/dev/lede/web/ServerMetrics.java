package dev.lede.web;

import dev.lede.model.ArticleWrites;
import dev.lede.model.IndexStatus;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * {@code GET /metrics} in Prometheus' text format: requests by method, route template and status (count and time,
 * so rates and latencies), the index's size in articles and bytes, its commit generation, how long ago the searcher
 * last picked up a commit, articles indexed and refused by live ingestion, and the JVM's memory, threads and CPU.
 */
final class ServerMetrics {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Requests no route answered share one label, so that probing random paths cannot grow the metrics. */
    static final String UNMATCHED = "unmatched";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<RequestKind, Timer> requestTimers = new ConcurrentHashMap<>();
    private final ArticleSearch search;

    /** Read once per scrape, for all the index gauges. */
    private volatile IndexStatus status;

    ServerMetrics(ArticleSearch search) {
        this.search = search;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        indexGauge("lede.index.articles", "Articles in the index", IndexStatus::articles);
        indexGauge("lede.index.size.bytes", "Size of the index's current commit on disk", IndexStatus::sizeBytes);
        indexGauge("lede.index.generation", "Commit generation the searcher sees", IndexStatus::generation);
        indexGauge(
                "lede.searcher.refresh.age.seconds",
                "Seconds since the searcher last picked up a new commit",
                current ->
                        Duration.between(current.refreshedAt(), Instant.now()).toMillis() / 1000.0);
    }

    void record(Context ctx, float millis) {
        RequestKind kind = new RequestKind(ctx.method().name(), route(ctx), ctx.statusCode());
        requestTimers
                .computeIfAbsent(kind, this::requestTimer)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /** Built once per kind: Micrometer's builder and registry look-up cost a few % of a fast search. */
    private Timer requestTimer(RequestKind kind) {
        return Timer.builder("lede.http.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", kind.method())
                .tag("route", kind.route())
                .tag("status", Integer.toString(kind.status()))
                // Buckets, so that Prometheus can compute latency percentiles across instances and time.
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    private record RequestKind(String method, String route, int status) {}

    /** Articles indexed and refused by live ingestion; their rates are the server's indexing rates. */
    void ingested(ArticleWrites.Added added) {
        ingestCounter("indexed").increment(added.ids().size());
        ingestCounter("refused").increment(added.errors().size());
    }

    private Counter ingestCounter(String outcome) {
        return Counter.builder("lede.ingest.articles")
                .description("Articles sent to POST /api/articles, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void scrape(Context ctx) throws IOException {
        status = search.status();
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }

    private void indexGauge(String name, String description, ToDoubleFunction<IndexStatus> value) {
        Gauge.builder(name, this, metrics -> metrics.status == null ? Double.NaN : value.applyAsDouble(metrics.status))
                .description(description)
                .register(registry);
    }

    /** The route's template ({@code /api/articles/{id}}), never the raw path, so that labels stay few. */
    static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? UNMATCHED : endpoint.path;
        } catch (RuntimeException noEndpoint) {
            return UNMATCHED;
        }
    }
}
