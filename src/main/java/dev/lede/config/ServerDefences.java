package dev.lede.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the server protects itself: the write token, the extra names it answers to, and the limits on searches.
 *
 * @param writeToken the token every write must bring ({@code Authorization: Bearer}); empty means read-only
 * @param allowedHosts further {@code Host} names the server answers to, beyond its bound address and loopback names
 * @param searchTimeLimit how long one search may run before it is cancelled with a 503
 * @param maxConcurrentSearches how many searches run at once; further ones wait
 * @param maxQueuedSearches how many searches may wait for a turn; beyond that a 503 answers at once
 * @param corsOrigins web origins ({@code https://newsroom.example}) whose pages may read the API across sites; none
 *     by default, and writes stay same-site whatever this says
 */
public record ServerDefences(
        Optional<String> writeToken,
        List<String> allowedHosts,
        Duration searchTimeLimit,
        int maxConcurrentSearches,
        int maxQueuedSearches,
        List<String> corsOrigins) {

    public static final Duration DEFAULT_SEARCH_TIME_LIMIT = Duration.ofSeconds(5);
    /** Leaves a core for the page, health checks and writes on a small machine. */
    public static final int DEFAULT_MAX_CONCURRENT_SEARCHES =
            Math.max(2, Runtime.getRuntime().availableProcessors());

    public static final int DEFAULT_MAX_QUEUED_SEARCHES = 64;
    /** Shorter tokens are too easy to guess to guard writes on a network. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerDefences {
        writeToken = writeToken.map(String::strip).filter(token -> !token.isEmpty());
        writeToken.ifPresent(ServerDefences::checkToken);
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
        if (searchTimeLimit.isNegative() || searchTimeLimit.isZero()) {
            throw new IllegalArgumentException("the search time limit must be positive, not " + searchTimeLimit);
        }
        if (maxConcurrentSearches < 1 || maxQueuedSearches < 0) {
            throw new IllegalArgumentException(
                    "at least one search must run at once, and the queue cannot be negative");
        }
    }

    public static ServerDefences defaults() {
        return new ServerDefences(
                Optional.empty(),
                List.of(),
                DEFAULT_SEARCH_TIME_LIMIT,
                DEFAULT_MAX_CONCURRENT_SEARCHES,
                DEFAULT_MAX_QUEUED_SEARCHES,
                List.of());
    }

    /**
     * The defaults overridden by {@code LEDE_WRITE_TOKEN}, {@code LEDE_ALLOWED_HOSTS} (comma-separated),
     * {@code LEDE_SEARCH_TIME_LIMIT_MS}, {@code LEDE_MAX_CONCURRENT_SEARCHES}, {@code LEDE_MAX_QUEUED_SEARCHES} and
     * {@code LEDE_CORS_ORIGINS} (comma-separated).
     */
    static ServerDefences fromEnvironment(Map<String, String> env) {
        ServerDefences defaults = defaults();
        return new ServerDefences(
                Optional.ofNullable(env.get("LEDE_WRITE_TOKEN")),
                LedeConfig.setting(env, "LEDE_ALLOWED_HOSTS", ServerDefences::names, defaults.allowedHosts()),
                LedeConfig.setting(
                        env,
                        "LEDE_SEARCH_TIME_LIMIT_MS",
                        raw -> Duration.ofMillis(Long.parseLong(raw)),
                        defaults.searchTimeLimit()),
                LedeConfig.setting(
                        env, "LEDE_MAX_CONCURRENT_SEARCHES", Integer::parseInt, defaults.maxConcurrentSearches()),
                LedeConfig.setting(env, "LEDE_MAX_QUEUED_SEARCHES", Integer::parseInt, defaults.maxQueuedSearches()),
                LedeConfig.setting(env, "LEDE_CORS_ORIGINS", ServerDefences::names, defaults.corsOrigins()));
    }

    public ServerDefences withWriteToken(String token) {
        return new ServerDefences(
                Optional.ofNullable(token),
                allowedHosts,
                searchTimeLimit,
                maxConcurrentSearches,
                maxQueuedSearches,
                corsOrigins);
    }

    public ServerDefences withSearchTimeLimit(Duration limit) {
        return new ServerDefences(
                writeToken, allowedHosts, limit, maxConcurrentSearches, maxQueuedSearches, corsOrigins);
    }

    public ServerDefences withConcurrency(int concurrent, int queued) {
        return new ServerDefences(writeToken, allowedHosts, searchTimeLimit, concurrent, queued, corsOrigins);
    }

    public ServerDefences withCorsOrigins(List<String> origins) {
        return new ServerDefences(
                writeToken, allowedHosts, searchTimeLimit, maxConcurrentSearches, maxQueuedSearches, origins);
    }

    private static List<String> names(String raw) {
        return Arrays.stream(raw.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static void checkToken(String token) {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                    "the write token must be at least " + MIN_TOKEN_LENGTH + " characters long");
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the write token may hold only visible ASCII characters");
        }
    }
}
