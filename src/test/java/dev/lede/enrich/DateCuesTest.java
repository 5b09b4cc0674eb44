package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateCuesTest {

    @Test
    void monthsWeekdaysYearsAndRelativeWordsAreCues() {
        for (String text : new String[] {"on February 14", "in Feb. 2024", "said on Wednesday", "in 1987",
                "three days ago", "last month", "yesterday", "on 14/02/2025"}) {
            assertTrue(DateCues.mayNameDate(text), text);
        }
    }

    @Test
    void sentencesWithoutAnyCueAreSkipped() {
        assertFalse(DateCues.mayNameDate("Zelenskyy also spoke about the call: a 90-minute conversation."));
        assertFalse(DateCues.mayNameDate("Marching orders were given to 12 marchers."));
    }
}
