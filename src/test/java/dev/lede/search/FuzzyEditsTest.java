package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyEditsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tram~|tram~1",
                "tram~ AND harbour~|tram~1 AND harbour~",
                "tram~2|tram~2",
                "tram~0.5|tram~0.5",
                "ferry~ tram~^2|ferry~1 tram~1^2",
                "\"tram line\"~|\"tram line\"~",
                "\"tram line\"~3 quay~|\"tram line\"~3 quay~1",
                "title:tram~|title:tram~1",
                "(tram~ OR bus)|(tram~1 OR bus)",
                "harbour~|harbour~",
                "Zelensky~|Zelensky~",
                "tram|tram",
                "tram~ ]|tram~ ]"
            })
    void shortFuzzyWordsGetOneEditAndEverythingElseStands(String query, String searched) {
        assertEquals(searched, FuzzyEdits.apply(query));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"tram~|tram~1", "harbour~|harbour~", "tram~ (|tram\\~ \\("})
    void everyEngineSearchesTheTextWithTheEditsApplied(String query, String searched) {
        assertEquals(searched, QuerySyntax.read(query).text());
    }
}
