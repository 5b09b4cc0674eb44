package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineBarsTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2025-03-05");

    @Test
    void twoWeeksOrLessAreShownByDay() {
        FineBars bars = FineBars.of(WEDNESDAY, WEDNESDAY.plusDays(13)).orElseThrow();

        assertEquals("day", bars.granularity());
        assertEquals(14, bars.size());
        assertEquals("2025-03-05", bars.label(0));
        assertEquals(WEDNESDAY, bars.end(0));
        assertEquals("2025-03-18", bars.label(13));
    }

    @Test
    void longerRangesAreShownByWeeksLabelledByTheirMonday() {
        FineBars bars = FineBars.of(WEDNESDAY, WEDNESDAY.plusDays(14)).orElseThrow();

        assertEquals("week", bars.granularity());
        assertEquals(
                List.of("2025-03-03", "2025-03-10", "2025-03-17"),
                List.of(bars.label(0), bars.label(1), bars.label(2)));
        assertEquals(3, bars.size());
        assertEquals(LocalDate.parse("2025-03-23"), bars.end(2), "the last week ends after the range");
    }

    @Test
    void longOpenOrReversedRangesHaveNoFineBars() {
        assertTrue(FineBars.of(WEDNESDAY, WEDNESDAY.plusDays(FineBars.MAX_DAYS_BY_WEEK - 1))
                .isPresent());
        assertTrue(FineBars.of(WEDNESDAY, WEDNESDAY.plusDays(FineBars.MAX_DAYS_BY_WEEK))
                .isEmpty());
        assertTrue(FineBars.of(null, WEDNESDAY).isEmpty());
        assertTrue(FineBars.of(WEDNESDAY, null).isEmpty());
        assertTrue(FineBars.of(WEDNESDAY, WEDNESDAY.minusDays(1)).isEmpty());
    }
}
