package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MisspellingsTest {

    /** Names (lower case, as cores are) and their articles, each written as itself. */
    private static Map<String, String> corrections(Object... namesAndCounts) {
        Map<String, Long> articles = new LinkedHashMap<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            String name = (String) namesAndCounts[i];
            articles.put(name, ((Integer) namesAndCounts[i + 1]).longValue());
            written.put(name, List.of(name));
        }
        return Misspellings.corrections(articles, written);
    }

    @Test
    void aNameOneSlipFromAMuchMoreUsedOneIsThatName() {
        Map<String, String> corrections = corrections(
                "morgan stanley",
                111,
                "morgan stanely",
                3,
                "securities exchange commission",
                650,
                "securities exchange comission",
                1,
                "securities exchange commmission",
                1,
                "new york stock exchance",
                1,
                "new york stock exchange",
                145,
                "new york stock exchnage",
                1,
                "new york stock exchangers",
                1);
        assertEquals(
                Map.of(
                        "morgan stanely", "morgan stanley",
                        "securities exchange comission", "securities exchange commission",
                        "securities exchange commmission", "securities exchange commission",
                        "new york stock exchance", "new york stock exchange",
                        "new york stock exchnage", "new york stock exchange"),
                corrections);
    }

    @Test
    void theRightSpellingNeedsThreeTimesTheArticles() {
        assertEquals(Map.of(), corrections("integrated generics", 5, "integrated genetics", 2));
        assertEquals(
                Map.of("integrated genetics", "integrated generics"),
                corrections("integrated generics", 6, "integrated genetics", 2));
    }

    @Test
    void aWordOtherNamesHaveIsNoSlip() {
        assertEquals(Map.of(), corrections("hadson energy", 7, "hudson energy", 1, "hudson bay mining", 4));
        assertEquals(Map.of("hudson energy", "hadson energy"), corrections("hadson energy", 7, "hudson energy", 1));
    }

    @Test
    void shortWordsAndWordsThatStartOtherwiseAreNoSlips() {
        assertEquals(Map.of(), corrections("gelco leasing", 9, "geico leasing", 2));
        assertEquals(Map.of(), corrections("masters trust", 9, "pasters trust", 1));
    }

    @Test
    void aNameOfOneWordNeedsSevenLettersAndItsOtherWordsWritten() {
        Map<String, Long> articles = Map.of("chrysler", 102L, "chrylser", 1L, "treasury", 90L, "treasure", 1L);
        Map<String, List<String>> written = Map.of(
                "chrysler", List.of("Chrysler Corp", "Chrysler"),
                "chrylser", List.of("Chrylser Corp"),
                "treasury", List.of("Treasury"),
                "treasure", List.of("Treasure"));
        assertEquals(Map.of("chrylser", "chrysler"), Misspellings.corrections(articles, written));
        Map<String, Long> short6 = Map.of("telxon", 9L, "telkon", 1L);
        Map<String, List<String>> short6Written = Map.of(
                "telxon", List.of("Telxon Corp"),
                "telkon", List.of("Telkon Corp"));
        assertEquals(Map.of(), Misspellings.corrections(short6, short6Written));
    }

    @Test
    void twoNamesTheSlipCouldMisspellLeaveIt() {
        assertEquals(Map.of(), corrections("central banker", 30, "central bankers", 40, "central bankes", 1));
    }

    @Test
    void aSlipOfASlipIsTheNameSpelledRight() {
        assertEquals(
                Map.of("national intergrup", "national intergroup", "national intergrupp", "national intergroup"),
                corrections("national intergroup", 100, "national intergrup", 10, "national intergrupp", 1));
    }
}
