package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenNamesTest {

    @Test
    void aShortNameInCapitalsIsFoundDottedAsNewsWritesIt() {
        assertEquals(List.of("US", "U.S."), WrittenNames.forms("US"));
        assertEquals(List.of("USSR", "U.S.S.R."), WrittenNames.forms("USSR"));
        assertEquals(List.of("Kiev"), WrittenNames.forms("Kiev"));
        assertEquals(List.of("NASDAQX"), WrittenNames.forms("NASDAQX"));
        assertEquals(
                Map.of("United States", List.of("U.S.")),
                WrittenNames.in(
                        "The U.S. Treasury said on Monday it would sell more bills.",
                        Map.of("United States", List.of("United States of America", "US", "America"))));
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Officials told us the US would wait.|US|true",
                "Officials told us to wait.|US|false",
                "Investors were fed up.|Fed|false",
                "FED HOLDS RATES|Fed|true",
                "GEORGE BUSH MEETS GORBACHEV IN MALTA|George Bush|true",
                "BUSH MEETS GORBACHEV IN MALTA|George Bush|false",
                "A USB stick and the Kievan Rus.|US|false",
                "A USB stick and the Kievan Rus.|Kiev|false",
                "Trains to Kiev, and from Kiev-Pasazhyrskyi.|Kiev|true",
                "(EU)|EU|true"
            })
    void aNameCountsAsAWholeWordAsWrittenOrInCapitalsButNotInAnotherCase(String text, String name, boolean found) {
        assertEquals(found, WrittenNames.containsWord(text, name));
    }

    @Test
    void valuesNamedOnlyAsShownAreLeftOutAndTheOthersKeepTheirOrder() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("Kyiv", List.of("Kiev", "Kyiv"));
        names.put("European Union", List.of("EU", "european union"));
        names.put("Mumbai", List.of("Bombay"));
        names.put("George W Bush", List.of("George Bush", "Bush"));
        Map<String, List<String>> found = WrittenNames.in(
                "EU ministers met in Kiev. The European Union and Kyiv agreed. George W Bush and George Bush.", names);
        assertEquals(List.of("Kyiv", "European Union", "George W Bush"), List.copyOf(found.keySet()));
        assertEquals(List.of("Kiev"), found.get("Kyiv"));
        assertEquals(List.of("EU"), found.get("European Union"));
        assertEquals(List.of("George Bush", "Bush"), found.get("George W Bush"));
    }
}
