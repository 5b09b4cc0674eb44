package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateCuesTest {

    @Test
    void monthsWeekdaysYearsAndRelativeWordsAreCues() {
        for (String text : new String[] {
            "on February 14",
            "in Feb. 2024",
            "said on Wednesday",
            "in 1987",
            "three days ago",
            "last month",
            "earlier this year",
            "a year earlier",
            "the full year",
            "this afternoon",
            "last night",
            "yesterday",
            "on 14/02/2025",
            "fourth quarter net rose",
            "first-quarter sales"
        }) {
            assertTrue(DateCues.mayNameDate(text), text);
        }
    }

    @Test
    void sentencesWithoutAnyCueAreSkipped() {
        assertFalse(DateCues.mayNameDate("Zelenskyy also spoke about the call: a 90-minute conversation."));
        assertFalse(DateCues.mayNameDate("Marching orders were given to 12 marchers."));
        assertFalse(DateCues.mayNameDate("After weeks of contacts and months of talks, the work ended."));
        assertFalse(DateCues.mayNameDate("A quarter of the staff took a three-quarter share of the quarterly bonus."));
    }

    @Test
    void maySatAndSunAreCuesOnlyWhenCapitalised() {
        for (String text :
                new String[] {"in May", "U.S. WHEAT EXPORTS IN MAY", "on Sat", "SUN 14 FEB", "late march shipment"}) {
            assertTrue(DateCues.mayNameDate(text), text);
        }
        assertFalse(DateCues.mayNameDate("the company may review the plan"));
        assertFalse(DateCues.mayNameDate("the sun sat low"));
    }

    @Test
    void compoundsEndingInYearOrMonthNameALengthNotADate() {
        assertFalse(DateCues.mayNameDate("a three-year labor contract and 30-year bond yields"));
        assertFalse(DateCues.mayNameDate("the corresponding prior-year period, a two-month delay"));
        assertTrue(DateCues.mayNameDate("the same week a year earlier"));
        assertTrue(DateCues.mayNameDate("up from year-earlier levels"));
    }

    @Test
    void cueSpansPointAtTheCueWords() {
        String text = "Talks began last month and end on Friday.";
        List<String> cues = DateCues.cueSpans(text).stream()
                .map(span -> text.substring(span[0], span[1]))
                .toList();
        assertEquals(List.of("month", "Friday"), cues);
    }

    @Test
    void aMonthsCueTakesInTheDayAfterIt() {
        String text = "Closing is expected March 17, or Jan. 5th, in May 1987 and in June.";
        List<String> cues = DateCues.cueSpans(text).stream()
                .map(span -> text.substring(span[0], span[1]))
                .toList();
        assertEquals(List.of("March 17", "Jan. 5th", "May", "1987", "June"), cues);
    }
}
