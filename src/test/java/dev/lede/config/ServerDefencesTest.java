package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerDefencesTest {

    @Test
    void withoutATokenTheServerIsReadOnlyWithDefaultLimits() {
        LedeConfig config = LedeConfig.fromEnvironment(Map.of());
        assertEquals(Optional.empty(), config.writeToken());
        assertEquals(ServerDefences.DEFAULT_SEARCH_TIME_LIMIT, config.defences().searchTimeLimit());
        assertTrue(config.defences().maxConcurrentSearches() >= 2);
    }

    @Test
    void theEnvironmentSetsTheTokenHostsAndLimits() {
        LedeConfig config = LedeConfig.fromEnvironment(Map.of(
                "LEDE_WRITE_TOKEN", " 0123456789abcdef0123 ",
                "LEDE_ALLOWED_HOSTS", "lede.lan, search.lan ,",
                "LEDE_SEARCH_TIME_LIMIT_MS", "1500",
                "LEDE_MAX_CONCURRENT_SEARCHES", "3",
                "LEDE_MAX_QUEUED_SEARCHES", "0"));
        assertEquals(Optional.of("0123456789abcdef0123"), config.writeToken());
        assertEquals(List.of("lede.lan", "search.lan"), config.defences().allowedHosts());
        assertEquals(Duration.ofMillis(1500), config.defences().searchTimeLimit());
        assertEquals(3, config.defences().maxConcurrentSearches());
        assertEquals(0, config.defences().maxQueuedSearches());
    }

    @Test
    void aShortOrInvisibleTokenAndABadLimitAreRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> ServerDefences.defaults().withWriteToken("short"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerDefences.defaults().withWriteToken("0123456789abcdef\u00e9xyz"));
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> LedeConfig.fromEnvironment(Map.of("LEDE_SEARCH_TIME_LIMIT_MS", "soon")));
        assertTrue(error.getMessage().contains("LEDE_SEARCH_TIME_LIMIT_MS"), error.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> ServerDefences.defaults().withConcurrency(0, 1));
    }
}
