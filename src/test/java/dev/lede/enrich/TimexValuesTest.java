package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

    @Test
    void yearsMonthsAndDaysAreKept() {
        assertEquals(Optional.of("2025"), TimexValues.calendarDate("DATE", "2025"));
        assertEquals(Optional.of("2024-03"), TimexValues.calendarDate("DATE", "2024-03"));
        assertEquals(Optional.of("2025-02-14"), TimexValues.calendarDate("DATE", "2025-02-14"));
    }

    @Test
    void aSpanOfYearsOrMonthsFromTheDateOfWritingNamesOnlyTheYearOrTheMonth() {
        assertEquals("1986", TimexValues.toUnitOfSpan("1986-03-06", "a year ago"));
        assertEquals("1985", TimexValues.toUnitOfSpan("1985-03-06", "two years earlier"));
        assertEquals("1986", TimexValues.toUnitOfSpan("1986-03-06", "year-ago"));
        assertEquals("1986-09", TimexValues.toUnitOfSpan("1986-09-06", "six months ago"));
        assertEquals("1987-02", TimexValues.toUnitOfSpan("1987-02", "a month earlier"));
        assertEquals("1987-02-27", TimexValues.toUnitOfSpan("1987-02-27", "a week ago"));
        assertEquals("1987-03-03", TimexValues.toUnitOfSpan("1987-03-03", "two days later"));
        assertEquals("1986-03-06", TimexValues.toUnitOfSpan("1986-03-06", "March 6, 1986"));
    }

    @Test
    void aQuarterNamesItsYearOnlyWhereItsWordsWriteTheYear() {
        assertEquals(Optional.of("2023"), TimexValues.yearOfWrittenQuarter("2023-Q3", "the third quarter of 2023"));
        assertEquals(Optional.of("2023"), TimexValues.yearOfWrittenQuarter("2023-Q4", "2023 fourth quarter"));
        assertEquals(Optional.empty(), TimexValues.yearOfWrittenQuarter("2023-Q4", "the fourth quarter"));
        assertEquals(Optional.empty(), TimexValues.yearOfWrittenQuarter("2023-03", "March 2023"));
        assertEquals(Optional.empty(), TimexValues.calendarDate("DATE", "2023-Q3"));
    }

    @Test
    void aDateMoreThanACenturyAfterTheStoryIsTooFarAheadWhateverItsPrecision() {
        assertFalse(TimexValues.tooFarAhead("2125", 2025));
        assertFalse(TimexValues.tooFarAhead("1066", 2025));
        assertTrue(TimexValues.tooFarAhead("2126", 2025));
        assertTrue(TimexValues.tooFarAhead("2300-05", 2025));
        assertTrue(TimexValues.tooFarAhead("2940-01-02", 2025));
        assertTrue(TimexValues.isYear("2025"));
        assertFalse(TimexValues.isYear("2025-02"));
    }

    @Test
    void aTimeOfDayIsReducedToItsDay() {
        assertEquals(Optional.of("2025-02-14"), TimexValues.calendarDate("TIME", "2025-02-14T17:00"));
        assertEquals(Optional.of("2025-02-14"), TimexValues.calendarDate("TIME", "2025-02-14TMO"));
    }

    @Test
    void unresolvedVagueAndNonCalendarValuesAreDropped() {
        for (String value : new String[] {
            "XXXX-02-14",
            "XXXX-WXX-3",
            "PRESENT_REF",
            "PAST_REF",
            "2025-W07",
            "2025-SP",
            "199X",
            "T17:00",
            "2025-13",
            "2025-02-30",
            ""
        }) {
            assertEquals(Optional.empty(), TimexValues.calendarDate("DATE", value), value);
        }
        assertEquals(Optional.empty(), TimexValues.calendarDate("DATE", null));
    }

    @Test
    void durationsAndSetsAreDroppedEvenWhenTheyLookLikeDates() {
        assertEquals(Optional.empty(), TimexValues.calendarDate("DURATION", "PT90M"));
        assertEquals(Optional.empty(), TimexValues.calendarDate("DURATION", "2025"));
        assertEquals(Optional.empty(), TimexValues.calendarDate("SET", "2025-02-14"));
    }
}
