package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitNumbersTest {

    /** Whether the four digits in brackets in {@code marked} are hyphenated to a unit, the brackets left out. */
    private static boolean isCount(String marked) {
        MarkedDigits digits = MarkedDigits.of(marked);
        return UnitNumbers.isCount(digits.text(), digits.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Each user holds a [2048]-bit key.",
                "The [1150]-megawatt reactor will be finished late.",
                "A [3000]-strong crowd marched on the ministry.",
                "She handed in a [1400]-Page report.",
                "The new [1800]‑seat hall opens in May.",
                "It is a [1000]-year-old church.",
                "The [1200]-ton mill runs day and night."
            })
    void fourDigitsHyphenatedToAUnitAreACount(String text) {
        assertTrue(isCount(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dealers sold [1987]-model cars at a loss.",
                "The [1986]-crop peanuts were offered for sale.",
                "Nothing should allow a [1929]-type crash.",
                "Deliveries run from [1987]-June, 1988.",
                "The pages were printed in [1999] - bits of them survive.",
                "The bitter winter of [1947] was long.",
                "The [1986]-87 season ended early."
            })
    void yearsHyphenatedToWhatTheyDateOrToNothingAreNot(String text) {
        assertFalse(isCount(text), text);
    }
}
