package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimesTest {

    /** Whether the first four-digit run of {@code text} is not a year. */
    private static boolean notAYear(String text) {
        Matcher digits = Pattern.compile("\\d{4}").matcher(text);
        assertTrue(digits.find(), text);
        return ClockTimes.notAYear(text, digits.start(), digits.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kick-off was moved from 2115 GMT to 1945 GMT.",
                "The index closed at 1630 EST, up two points.",
                "Flights resume at 0600 local time on Monday.",
                "Viewers tuned in between 2000 and 2100 GMT.",
                "The deadline passed at 1800 hours without a reply.",
                "A curfew runs until 0700, the court said.",
                "Sterling stood at 1.58 dlrs at 1200 gmt, dealers said.",
                "Trading runs until 1305 Central Time.",
                "The offer expired at 2400 EST yesterday.",
                "Pits open from 1800 to 2100 local Chicago time."
            })
    void clockTimesAndLeadingZerosAreNotYears(String text) {
        assertTrue(notAYear(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The club was founded in 1945 by dockers.",
                "Sales fell in 2003 and recovered in 2004.",
                "The 2100 target for emissions was agreed in Paris.",
                "A rate of 2460 a tonne was quoted.",
                "The 1999 season ended at home."
            })
    void yearsAndOtherNumbersAreLeftToSutime(String text) {
        assertFalse(notAYear(text), text);
    }
}
