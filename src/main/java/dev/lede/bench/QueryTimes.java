package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which queries of a mix take the time: each query of each variant timed alone in this JVM (no HTTP), the best of a
 * few repeats, so that one slow phrase is not hidden in a mix's QPS. Meant for a warm JVM, after the benchmark.
 */
public final class QueryTimes {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One query of one variant: its best time of the repeats and what it found. */
    public record Timed(
            String id,
            String variant,
            String kind,
            String text,
            Map<String, List<String>> filters,
            boolean dated,
            long numFound,
            double bestMs) {}

    private QueryTimes() {}

    /** Times every query of {@code mix} in each of {@code variants}, {@code repeats} times each, keeping the best. */
    public static List<Timed> measure(ArticleSearch search, Path mix, List<String> variants, int repeats)
            throws IOException {
        List<QuerySpec> queries = QueryMix.read(mix);
        List<Timed> timed = new ArrayList<>();
        for (String label : variants) {
            MixVariant variant = MixVariant.byLabel(label)
                    .orElseThrow(() -> new IllegalArgumentException("no variant '" + label + "'"));
            for (QuerySpec query : queries) {
                timed.add(time(search, query, variant, label, repeats));
            }
        }
        return timed;
    }

    private static Timed time(ArticleSearch search, QuerySpec query, MixVariant variant, String label, int repeats)
            throws IOException {
        SearchRequest request = LedeQueries.request(query, variant);
        long best = Long.MAX_VALUE;
        long found = 0;
        for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            found = search.search(request).total();
            best = Math.min(best, System.nanoTime() - started);
        }
        return new Timed(
                query.id(),
                label,
                query.kind(),
                String.join(" ", query.terms()),
                query.filters(),
                query.publishedFrom() != null,
                found,
                best / 1e6);
    }

    /** The times as JSON lines, slowest first. */
    public static void write(List<Timed> timed, Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Timed one : slowestFirst(timed)) {
            lines.append(JSON.writeValueAsString(one)).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    /** Per variant, the share of its time each kind of query takes, filtered or not ("phrase+filters"). */
    public static Map<String, Map<String, Double>> shareByKind(List<Timed> timed) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        for (Timed one : timed) {
            String kind = one.kind() + (one.filters().isEmpty() && !one.dated() ? "" : "+filters");
            shares.computeIfAbsent(one.variant(), v -> new LinkedHashMap<>()).merge(kind, one.bestMs(), Double::sum);
        }
        shares.values().forEach(kinds -> {
            double total =
                    kinds.values().stream().mapToDouble(Double::doubleValue).sum();
            kinds.replaceAll((kind, ms) -> total == 0 ? 0 : ms / total);
        });
        return shares;
    }

    static List<Timed> slowestFirst(List<Timed> timed) {
        return timed.stream()
                .sorted(Comparator.comparingDouble(Timed::bestMs).reversed())
                .toList();
    }
}
