package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HomeCountryTest {

    @Test
    void aCountryCodeIsReadInEitherCaseAndUkIsBritain() {
        assertEquals("GB", HomeCountry.parse("gb"));
        assertEquals("NZ", HomeCountry.parse(" NZ "));
        assertEquals("GB", HomeCountry.parse("uk"));
    }

    @Test
    void aValueThatIsNoCountryCodeIsRefusedByName() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> HomeCountry.parse("Britain"));
        assertTrue(refused.getMessage().startsWith("'Britain' is no country's ISO 3166 two-letter code"));
        assertThrows(IllegalArgumentException.class, () -> HomeCountry.parse("XX"));
    }

    @Test
    void theEnvironmentSetsTheHomeCountryAndAFlagOverridesIt() {
        assertNull(IngestSettings.fromEnvironment(Map.of()).homeCountry());
        IngestSettings fromEnvironment = IngestSettings.fromEnvironment(Map.of("LEDE_HOME_COUNTRY", "ie"));
        assertEquals("IE", fromEnvironment.homeCountry());
        assertEquals("AU", fromEnvironment.withHomeCountry("AU").homeCountry());
        assertEquals("IE", fromEnvironment.withHomeCountry(null).homeCountry());
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> IngestSettings.fromEnvironment(Map.of("LEDE_HOME_COUNTRY", "Eire")));
        assertTrue(refused.getMessage().contains("LEDE_HOME_COUNTRY"), refused.getMessage());
        assertTrue(refused.getMessage().contains("use one such as GB"), refused.getMessage());
    }
}
