package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OldYearsTest {

    @Test
    void aYearCenturiesBackNeedsAWordThatMakesItOne() {
        assertFalse(lacksACue("The abbey was founded in 1150 by monks.", "1150", 2025));
        assertFalse(lacksACue("Records date back to 1670, the archive says.", "1670", 2025));
        assertFalse(lacksACue("Prices rose between 1831 and 1865 on the island.", "1865", 2025));
        assertTrue(lacksACue("Steers weighed 1150 lbs at the sale.", "1150", 1987));
        assertTrue(lacksACue("The index hit a new high of 1757 on Friday.", "1757", 1987));
    }

    @Test
    void aRangeOfYearsOrAChronologysLineIsItsOwnCue() {
        assertFalse(lacksACue("She was queen of England 1558-1603. She never married.", "1558", 1996));
        assertFalse(lacksACue("She was queen of England 1558-1603. She never married.", "1603", 1996));
        assertFalse(lacksACue("Events on this day. 1533 - Queen Elizabeth I born.", "1533", 1996));
        assertTrue(lacksACue("Steers, choice 2-3, 1150-1175 lbs 69.75-70.00.", "1175", 1987));
        assertTrue(lacksACue("London gasoil call complete 1231 - Apr 7.", "1231", 1987));
    }

    @Test
    void aYearWithinACenturyOfTheStoryNeedsNoCue() {
        assertFalse(lacksACue("Shares doubled 1995 to 2000, the fund said.", "1995", 2025));
        assertFalse(lacksACue("The 1925 act still applies.", "1925", 2025));
        assertTrue(lacksACue("Its model 1920 sold well.", "1920", 2025));
    }

    private static boolean lacksACue(String paragraph, String digits, int writtenYear) {
        return OldYears.lacksACue(paragraph, paragraph.indexOf(digits), Integer.parseInt(digits), writtenYear);
    }
}
