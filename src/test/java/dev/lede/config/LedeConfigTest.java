package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedeConfigTest {

    @Test
    void defaultsServeOnLoopbackPort7070WithFullNlp() {
        LedeConfig config = LedeConfig.fromEnvironment(Map.of());
        assertEquals("127.0.0.1", config.host());
        assertEquals(7070, config.port());
        assertEquals(NlpMode.FULL, config.nlp());
        assertEquals(Path.of("index"), config.indexDir());
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideTheEnvironment() {
        LedeConfig config = LedeConfig.fromEnvironment(
                Map.of("LEDE_PORT", "8080", "LEDE_NLP", "fast", "LEDE_INDEX", "/tmp/news", "LEDE_THREADS", "3"));
        assertEquals(8080, config.port());
        assertEquals(NlpMode.FAST, config.nlp());
        assertEquals(Path.of("/tmp/news"), config.indexDir());
        assertEquals(3, config.threads());
        LedeConfig flagged = config.withPort(9090).withNlp(NlpMode.OFF).withHost(null);
        assertEquals(9090, flagged.port());
        assertEquals(NlpMode.OFF, flagged.nlp());
        assertEquals("127.0.0.1", flagged.host(), "an absent flag keeps the setting");
    }

    @Test
    void anInvalidEnvironmentValueNamesTheVariable() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> LedeConfig.fromEnvironment(Map.of("LEDE_PORT", "seventy")));
        assertTrue(error.getMessage().contains("LEDE_PORT"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LedeConfig.defaults().withPort(70_000));
    }
}
