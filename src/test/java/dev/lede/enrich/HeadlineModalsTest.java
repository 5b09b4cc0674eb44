package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineModalsTest {

    private static boolean isModal(String headline, String body) {
        int at = headline.indexOf("MAY");
        return HeadlineModals.isModal(headline, at, at + 3, headline + "\n\n" + body);
    }

    @Test
    void mayInAHeadlineInCapitalsIsTheModalWhereTheStoryNamesNoMay() {
        assertTrue(isModal(
                "RATING AGENCY MAY DOWNGRADE HARBOUR BANK DEBT",
                "The agency said it may lower the bank's senior debt, now rated A-2, after its second loss."));
        assertTrue(isModal("PORT STRIKE MAY DELAY GRAIN CARGOES", "Dockers voted on Tuesday to walk out next week."));
    }

    @Test
    void mayIsTheMonthWhereTheStoryNamesMayOrADayFollows() {
        assertFalse(isModal("HARBOUR MAY HOME SALES FALL", "Sales of new homes fell 4 pct in May, the agents said."));
        assertFalse(isModal("HARBOUR FOODS 2ND QTR MAY 31 NET", "Shr 12 cts vs 10 cts"));
        assertFalse(isModal("HARBOUR FOODS 4TH QTR MAY TWO NET", "Shr 12 cts vs 10 cts"));
    }

    @Test
    void mayWrittenInLowerCaseOrAStoryAllInCapitalsIsLeftAlone() {
        String text = "Rating agency may downgrade the bank\n\nThe agency said so on Tuesday.";
        assertFalse(HeadlineModals.isModal(text, 14, 17, text));
        assertFalse(isModal("PORT STRIKE MAY DELAY GRAIN CARGOES", "DOCKERS VOTED TO WALK OUT NEXT WEEK."));
    }

    @Test
    void aParagraphInCapitalsBelowTheHeadlineIsNoHeadline() {
        String table = "TOLEDO 5 UND MAY UP 1";
        String text = "CASH GRAIN BIDS FIRM\n\nBids were steady to firm.\n\n" + table;
        int at = table.indexOf("MAY");
        assertFalse(HeadlineModals.isModal(table, at, at + 3, text));
        assertTrue(HeadlineModals.isModal("BANK MAY CUT RATE", 5, 8, "BANK MAY CUT RATE\n\n" + "Bids were firm."));
    }

    @Test
    void aLowerCaseMayInADateLeavesTheYearTheWordsWriteOrNothing() {
        assertEquals(Optional.of("1986"), HeadlineModals.besideLowerCaseModal("1986 may", "1986-05"));
        assertEquals(Optional.of("2025"), HeadlineModals.besideLowerCaseModal("this year, may", "2025-05"));
        assertEquals(Optional.empty(), HeadlineModals.besideLowerCaseModal("this may", "2025-05"));
        assertEquals(Optional.empty(), HeadlineModals.besideLowerCaseModal("next January, may", "2026-05"));
        assertEquals(Optional.of("2025-05"), HeadlineModals.besideLowerCaseModal("May 2025", "2025-05"));
        assertEquals(Optional.of("2025-05"), HeadlineModals.besideLowerCaseModal("MAY", "2025-05"));
    }
}
