package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NumberedQuartersTest {

    private static final Optional<Boolean> PAST = Optional.of(true);
    private static final Optional<Boolean> FUTURE = Optional.of(false);
    private static final Optional<Boolean> NO_TENSE = Optional.empty();

    private static OptionalInt alone(String value, String text, String words) {
        int at = text.indexOf(words);
        return NumberedQuarters.alone(value, text, at, at + words.length());
    }

    @Test
    void aQuarterNamedByItsNumberAloneHasThatNumber() {
        assertEquals(OptionalInt.of(4), alone("2023-Q4", "profit in the fourth quarter rose", "the fourth quarter"));
        assertEquals(OptionalInt.of(1), alone("2024-Q1", "First-quarter sales fell", "First-quarter"));
        assertEquals(OptionalInt.of(3), alone("2024-Q3", "a 3rd quarter loss", "3rd quarter"));
    }

    @Test
    void aQuarterOfAFiscalYearOrWithOtherWordsOrAnotherValueIsNotOne() {
        String text = "sales in the fiscal second quarter and the second fiscal quarter, the year ago first quarter,"
                + " the quarter and a quarter of the first quarter";
        assertEquals(OptionalInt.empty(), alone("2024-Q2", text, "the fiscal second quarter"));
        assertEquals(OptionalInt.empty(), alone("2024-Q2", text, "the second fiscal quarter"));
        assertEquals(OptionalInt.empty(), alone("2024-Q1", text, "ago first quarter"));
        assertEquals(OptionalInt.empty(), alone("2024-Q1", text, "the quarter"));
        assertEquals(OptionalInt.empty(), alone("P3M", text, "a quarter"));
        assertEquals(OptionalInt.empty(), alone(null, text, "the first quarter"));
    }

    @Test
    void aQuarterWhoseYearFollowsApartIsNotOne() {
        String text = "net in the first quarter of fiscal 2024 and the second quarter 2023 and the third quarter, 2022";
        assertEquals(OptionalInt.empty(), alone("2024-Q1", text, "the first quarter"));
        assertEquals(OptionalInt.empty(), alone("2024-Q2", text, "the second quarter"));
        assertEquals(OptionalInt.empty(), alone("2024-Q3", text, "the third quarter"));
    }

    @Test
    void theQuarterUnderWayTheOneJustOverAndTheNextAreEachOneQuarterWhateverTheTense() {
        LocalDate march = LocalDate.parse("2024-03-05");
        for (Optional<Boolean> tense : List.of(PAST, FUTURE, NO_TENSE)) {
            assertEquals(OptionalInt.of(2024), NumberedQuarters.year(1, tense, march));
            assertEquals(OptionalInt.of(2023), NumberedQuarters.year(4, tense, march));
        }
        assertEquals(OptionalInt.of(2024), NumberedQuarters.year(2, FUTURE, march));
        assertEquals(OptionalInt.of(2024), NumberedQuarters.year(2, NO_TENSE, march));
        LocalDate november = LocalDate.parse("2024-11-20");
        assertEquals(OptionalInt.of(2024), NumberedQuarters.year(3, FUTURE, november));
        assertEquals(OptionalInt.of(2025), NumberedQuarters.year(1, NO_TENSE, november));
    }

    @Test
    void theNextQuarterIsTheComingOneEvenInThePastTense() {
        assertEquals(OptionalInt.of(2024), NumberedQuarters.year(2, PAST, LocalDate.parse("2024-03-05")));
        assertEquals(OptionalInt.of(2025), NumberedQuarters.year(1, PAST, LocalDate.parse("2024-11-20")));
    }

    @Test
    void theQuarterHalfAYearOffIsTheOneTheTenseSaysAndNoneWithout() {
        LocalDate june = LocalDate.parse("2024-06-14");
        assertEquals(OptionalInt.of(2023), NumberedQuarters.year(4, PAST, june));
        assertEquals(OptionalInt.of(2024), NumberedQuarters.year(4, FUTURE, june));
        assertEquals(OptionalInt.empty(), NumberedQuarters.year(4, NO_TENSE, june));
        LocalDate january = LocalDate.parse("2024-01-10");
        assertEquals(OptionalInt.of(2023), NumberedQuarters.year(3, PAST, january));
        assertEquals(OptionalInt.empty(), NumberedQuarters.year(3, NO_TENSE, january));
    }
}
