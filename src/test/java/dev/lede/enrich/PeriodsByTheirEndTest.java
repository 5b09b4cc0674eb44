package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeriodsByTheirEndTest {

    private static boolean isOne(String text, String words) {
        int at = text.indexOf(words);
        return PeriodsByTheirEnd.isOne(text, at, at + words.length());
    }

    @Test
    void theYearHalfOrNumberedQuarterBoundedByTheDateAfterItIsAPeriodByItsEnd() {
        assertTrue(isOne("net profit for the year ended September 30, 2023 rose", "the year"));
        assertTrue(isOne("for the fiscal year ending March 31 it expects", "the fiscal year"));
        assertTrue(isOne("In the year to January, inflation ran at 10 pct", "the year"));
        assertTrue(isOne("profit in the half-year started July 1 fell", "the half-year"));
        assertTrue(isOne("money supply rose 11 pct in the year to end-February", "the year"));
        assertTrue(isOne("turnover in the year to 31 December 2023 was 95 mln pounds", "the year"));
        assertTrue(isOne("cocoa harvested in the year to last September", "the year"));
        assertTrue(isOne("net for the third quarter ended December 31 rose", "the third quarter"));
        assertTrue(isOne("Fourth quarter ending May 30 earnings will rise", "Fourth quarter"));
    }

    @Test
    void aYearNamedOnItsOwnOrCountedFromTheWritingIsNot() {
        assertFalse(isOne("inflation should fall this year to 5 pct", "this year"));
        assertFalse(isOne("sales for the year to date rose", "the year"));
        assertFalse(isOne("a cut in output over the whole of the year to 2.5 mln tonnes", "the year"));
        assertFalse(isOne("it expects earnings for the year to be about flat", "the year"));
        assertFalse(isOne("profit for the year rose 5 pct", "the year"));
        assertFalse(isOne("the year ahead looks better", "the year"));
        assertFalse(isOne("profit in the third quarter rose", "the third quarter"));
    }
}
