package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentionedWithinTest {

    @Test
    void aWholeYearCountsItsMonthsAndTheYearItself() {
        assertEquals(
                "mentioned_as_day:[2025-01-01 TO 2025-12-31] OR mentioned_as_month:[2025-01 TO 2025-12]"
                        + " OR mentioned_as_year:[2025 TO 2025]",
                MentionedWithin.query(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")));
    }

    @Test
    void partMonthsAndYearsAtTheEdgesAreLeftOut() {
        assertEquals(
                "mentioned_as_day:[2025-01-15 TO 2025-03-10] OR mentioned_as_month:[2025-02 TO 2025-02]",
                MentionedWithin.query(LocalDate.parse("2025-01-15"), LocalDate.parse("2025-03-10")));
    }

    @Test
    void anOpenSideIsOpenForEveryPrecision() {
        assertEquals(
                "mentioned_as_day:[2024-03-01 TO *] OR mentioned_as_month:[2024-03 TO *]"
                        + " OR mentioned_as_year:[2025 TO *]",
                MentionedWithin.query(LocalDate.parse("2024-03-01"), null));
    }
}
