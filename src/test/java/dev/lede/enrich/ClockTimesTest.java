package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimesTest {

    /** Whether the four digits in brackets in {@code marked} are not a year, the brackets left out. */
    private static boolean notAYear(String marked) {
        MarkedDigits digits = MarkedDigits.of(marked);
        return ClockTimes.notAYear(digits.text(), digits.begin(), digits.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kick-off was moved from 2115 GMT to [1945] GMT.",
                "The index closed at [1630] EST, up two points.",
                "Flights resume at [0600] local time on Monday.",
                "Viewers tuned in between [2000] and 2100 GMT.",
                "The deadline passed at [1800] hours without a reply.",
                "A curfew runs until [0700], the court said.",
                "Sterling stood at 1.58 dlrs at [1200] gmt, dealers said.",
                "Trading runs until [1305] Central Time.",
                "The offer expired at [2400] EST yesterday.",
                "Pits open from [1800] to 2100 local Chicago time.",
                "He must stay home between [2200] and 0700, the judge ruled.",
                "Shops may open from 0900 to [1730] on Sundays."
            })
    void clockTimesAndLeadingZerosAreNotYears(String text) {
        assertTrue(notAYear(text), text);
    }

    @Test
    void theDigitsThatEndLongerWordsAreReadAsThemselves() {
        String text = "A fight broke out at about 0200 local time, a year after the 2050 plan.";
        assertTrue(ClockTimes.notAYear(text, text.indexOf("about"), text.indexOf("0200") + 4));
        assertFalse(ClockTimes.notAYear(text, text.indexOf("the 2050"), text.indexOf("2050") + 4));
        assertFalse(
                ClockTimes.notAYear(text, text.indexOf("0200") + 1, text.indexOf("0200") + 4),
                "fewer than four digits of its own");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The club was founded in [1945] by dockers.",
                "Sales fell in [2003] and recovered in 2004.",
                "Output rose from [1985] to 1987 by a third.",
                "Shares rose from 1985 to [1987] in value.",
                "The [2100] target for emissions was agreed in Paris.",
                "A rate of [2460] a tonne was quoted.",
                "The [1999] season ended at home."
            })
    void yearsAndOtherNumbersAreLeftToSutime(String text) {
        assertFalse(notAYear(text), text);
    }
}
