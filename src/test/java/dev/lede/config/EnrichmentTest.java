package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrichmentTest {

    private static final Optional<Enrichment> BUILT_OFF_GIVEN_GB =
            Optional.of(new Enrichment(NlpMode.OFF, EntitySource.GIVEN, "GB"));

    @Test
    void liveWritesFollowTheIndexWhenNothingElseIsSaid() {
        assertEquals(BUILT_OFF_GIVEN_GB.get(), Enrichment.forLiveWrites(null, Map.of(), BUILT_OFF_GIVEN_GB));
    }

    @Test
    void withoutARememberedEnrichmentLiveWritesUseTheDefaults() {
        assertEquals(
                new Enrichment(NlpMode.FULL, EntitySource.BOTH, null),
                Enrichment.forLiveWrites(null, Map.of(), Optional.empty()));
    }

    @Test
    void theEnvironmentOverridesTheIndexPartByPart() {
        assertEquals(
                new Enrichment(NlpMode.FAST, EntitySource.GIVEN, "IE"),
                Enrichment.forLiveWrites(
                        null, Map.of("LEDE_NLP", "fast", "LEDE_HOME_COUNTRY", "ie"), BUILT_OFF_GIVEN_GB));
        assertEquals(
                new Enrichment(NlpMode.OFF, EntitySource.NLP, "GB"),
                Enrichment.forLiveWrites(null, Map.of("LEDE_ENTITIES", "nlp"), BUILT_OFF_GIVEN_GB));
    }

    @Test
    void theServersNlpFlagOverridesTheEnvironmentAndTheIndex() {
        assertEquals(
                NlpMode.FULL,
                Enrichment.forLiveWrites(NlpMode.FULL, Map.of("LEDE_NLP", "fast"), BUILT_OFF_GIVEN_GB)
                        .nlp());
    }

    @Test
    void anInvalidVariableIsNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Enrichment.forLiveWrites(null, Map.of("LEDE_ENTITIES", "all"), BUILT_OFF_GIVEN_GB));
        assertTrue(e.getMessage().contains("LEDE_ENTITIES"), e.getMessage());
    }

    @Test
    void theHashKeyOfAnEnrichmentWithoutAHomeCountryIsTheOneIndexesAlreadyHold() {
        // Changing it would extract every article of every existing index again on its next run.
        assertEquals("nlp=full;entities=BOTH", new Enrichment(NlpMode.FULL, EntitySource.BOTH, null).hashKey());
        assertEquals("nlp=off;entities=GIVEN;home=GB", BUILT_OFF_GIVEN_GB.get().hashKey());
    }
}
