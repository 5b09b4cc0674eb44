package dev.lede.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting Lede runs with, immutable. Built from named defaults, overridden by environment variables
 * ({@code LEDE_INDEX}, {@code LEDE_HOST}, {@code LEDE_PORT}, {@code LEDE_NLP}, {@code LEDE_THREADS}, {@code LEDE_SAMPLE_DATA}, and those of
 * {@link ServerDefences}), then by
 * command-line flags through the {@code with*} methods.
 *
 * @param indexDir the Lucene index folder
 * @param host the address the server binds to
 * @param port the server's port; 0 picks a free one
 * @param nlp how much NLP the indexer runs
 * @param threads how many articles are enriched at once
 * @param sampleDataDir the articles {@code lede demo} indexes
 * @param defences the server's write token and search limits
 */
public record LedeConfig(
        Path indexDir, String host, int port, NlpMode nlp, int threads, Path sampleDataDir, ServerDefences defences) {

    public static final Path DEFAULT_INDEX_DIR = Path.of("index");
    /** Loopback only: exposing a server to a network is a deliberate choice. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static final int DEFAULT_PORT = 7070;
    public static final NlpMode DEFAULT_NLP = NlpMode.FULL;
    public static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();
    public static final Path DEFAULT_SAMPLE_DATA_DIR = Path.of("sample-data");

    public LedeConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    public static LedeConfig defaults() {
        return new LedeConfig(
                DEFAULT_INDEX_DIR,
                DEFAULT_HOST,
                DEFAULT_PORT,
                DEFAULT_NLP,
                DEFAULT_THREADS,
                DEFAULT_SAMPLE_DATA_DIR,
                ServerDefences.defaults());
    }

    /** The defaults overridden by whichever {@code LEDE_*} variables are set in {@code environment}. */
    public static LedeConfig fromEnvironment(Map<String, String> environment) {
        LedeConfig defaults = defaults();
        return new LedeConfig(
                setting(environment, "LEDE_INDEX", Path::of, defaults.indexDir()),
                setting(environment, "LEDE_HOST", Function.identity(), defaults.host()),
                setting(environment, "LEDE_PORT", Integer::parseInt, defaults.port()),
                setting(environment, "LEDE_NLP", NlpMode::parse, defaults.nlp()),
                setting(environment, "LEDE_THREADS", Integer::parseInt, defaults.threads()),
                setting(environment, "LEDE_SAMPLE_DATA", Path::of, defaults.sampleDataDir()),
                ServerDefences.fromEnvironment(environment));
    }

    public LedeConfig withIndexDir(Path value) {
        return value == null ? this : new LedeConfig(value, host, port, nlp, threads, sampleDataDir, defences);
    }

    public LedeConfig withHost(String value) {
        return value == null ? this : new LedeConfig(indexDir, value, port, nlp, threads, sampleDataDir, defences);
    }

    public LedeConfig withPort(Integer value) {
        return value == null ? this : new LedeConfig(indexDir, host, value, nlp, threads, sampleDataDir, defences);
    }

    public LedeConfig withNlp(NlpMode value) {
        return value == null ? this : new LedeConfig(indexDir, host, port, value, threads, sampleDataDir, defences);
    }

    public LedeConfig withThreads(Integer value) {
        return value == null ? this : new LedeConfig(indexDir, host, port, nlp, value, sampleDataDir, defences);
    }

    public LedeConfig withSampleDataDir(Path value) {
        return value == null ? this : new LedeConfig(indexDir, host, port, nlp, threads, value, defences);
    }

    public LedeConfig withDefences(ServerDefences value) {
        return value == null ? this : new LedeConfig(indexDir, host, port, nlp, threads, sampleDataDir, value);
    }

    /** The token every write to the server must bring; empty when the server is read-only. */
    public Optional<String> writeToken() {
        return defences.writeToken();
    }

    static <T> T setting(Map<String, String> env, String name, Function<String, T> parse, T fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(raw.trim());
        } catch (RuntimeException e) {
            // a number's parse error only repeats the value; Lede's own say what would do ("use given, nlp or both")
            String why =
                    e.getMessage() == null || e instanceof NumberFormatException ? "" : " (" + e.getMessage() + ")";
            throw new IllegalArgumentException(
                    "environment variable " + name + " has an invalid value: " + raw + why, e);
        }
    }
}
