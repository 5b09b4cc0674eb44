package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SizeNumbersTest {

    /** Whether the four digits in brackets in {@code marked} are a side of a size, the brackets left out. */
    private static boolean isSide(String marked) {
        MarkedDigits digits = MarkedDigits.of(marked);
        return SizeNumbers.isSide(digits.text(), digits.begin(), digits.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Films are shown at resolutions of [2048] * 1080 pixels.",
                "The screen shows 1366 x [1024] dots.",
                "A panel of [1920]×1080 was fitted.",
                "Posters of 1189 X 841 mm, or [2000] x 1000 at most."
            })
    void fourDigitsJoinedToANumberByATimesSignAreASide(String text) {
        assertTrue(isSide(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The club was founded in [1945] by dockers.",
                "Sales rose 3 x faster in [2004] than in 2003.",
                "In [1999] x-ray machines were cheap.",
                "The [2100] target was agreed."
            })
    void yearsBesideOtherWordsAreNot(String text) {
        assertFalse(isSide(text), text);
    }
}
