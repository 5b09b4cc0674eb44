package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownParametersTest {

    private static final Set<String> KNOWN = Set.of("q", "to", "from", "size", "sort", "place", "mentionedFrom");

    @ParameterizedTest
    @CsvSource({
        "mentioned-from, mentionedFrom",
        "MENTIONED_FROM, mentionedFrom",
        "mentionFrom, mentionedFrom",
        "Size, size",
        "palce, place",
        "form, from",
        "places, place",
        "sorting, ''",
        "foo, ''",
        "x, ''",
        "_, ''",
        "too, ''",
    })
    void offersAKnownNameOnlyForACloseSlip(String unknown, String expected) {
        assertEquals(
                expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                UnknownParameters.closest(unknown, KNOWN));
    }
}
