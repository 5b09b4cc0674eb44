package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrdinalPeriodsTest {

    @Test
    void aPlaceInASequenceOfYearsOrMonthsNamesNoDate() {
        assertEquals(Optional.empty(), OrdinalPeriods.withoutOrdinal("the fourth year", "2027"));
        assertEquals(Optional.empty(), OrdinalPeriods.withoutOrdinal("the 16th year", "2039"));
        assertEquals(Optional.empty(), OrdinalPeriods.withoutOrdinal("the second month", "2024-07"));
        assertEquals(Optional.empty(), OrdinalPeriods.withoutOrdinal("a third straight year", "2026"));
        assertEquals(Optional.empty(), OrdinalPeriods.withoutOrdinal("the 59th month", "2029-08"));
    }

    @Test
    void aYearWrittenBesideItIsTheOneNamed() {
        assertEquals(Optional.of("2023"), OrdinalPeriods.withoutOrdinal("2023, the fourth year", "2026"));
    }

    @Test
    void otherDatesAreLeftAsSutimeResolvedThem() {
        assertEquals(Optional.of("2024"), OrdinalPeriods.withoutOrdinal("the first quarter of this year", "2024"));
        assertEquals(
                Optional.of("2024-03-15"),
                OrdinalPeriods.withoutOrdinal("the third Friday of the month", "2024-03-15"));
        assertEquals(Optional.of("2023"), OrdinalPeriods.withoutOrdinal("last year", "2023"));
        assertEquals(Optional.of("2024-05"), OrdinalPeriods.withoutOrdinal("the month", "2024-05"));
    }
}
