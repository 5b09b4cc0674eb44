package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceCuesTest {

    /** A cue's parts before a name, each with forms that fit and forms that do not, in order. */
    private static final String[][] SLOTS = {
        {"", "x", "the ", "said the", "\u00A0"},
        {
            "governor",
            "Governor",
            "state",
            "legislature",
            "counties",
            "senator",
            "congresswoman",
            "representatives",
            "President",
            "prime minister",
            "Parliament",
            "embassy",
            "Foreign Ministry",
            "central bank",
            "Republic",
            "mayor",
            ""
        },
        {" ", "  ", "\t", "\n", "", "\u00A0"},
        {"of", "from", "off", "frog", "Of", ""},
        {" ", "\t ", "\n", "\u000B", "\f", "\r", "", "\u2003", " x"}
    };

    @Test
    void theQuickCheckSaysNoOnlyWhereNeitherPatternFindsACue() {
        Random random = new Random(20261203);
        int cued = 0;
        for (int sample = 0; sample < 50_000; sample++) {
            StringBuilder before = new StringBuilder();
            for (String[] slot : SLOTS) {
                before.append(slot[random.nextInt(slot.length)]);
            }
            String text = before.toString();
            boolean hasCue = PlaceCues.STATE_BEFORE.pattern().matcher(text).find()
                    || PlaceCues.COUNTRY_BEFORE.pattern().matcher(text).find();
            cued += hasCue ? 1 : 0;
            if (hasCue) {
                assertTrue(
                        PlaceCues.STATE_BEFORE.mayMatch(text) || PlaceCues.COUNTRY_BEFORE.mayMatch(text),
                        () -> "missed the cue in [" + text + "]");
            }
        }
        assertTrue(cued > 200, "too few samples held a cue to test the check: " + cued);
        assertFalse(PlaceCues.STATE_BEFORE.mayMatch("flights to "));
        assertFalse(PlaceCues.STATE_BEFORE.mayMatch("the state of"));
    }

    @Test
    void wordsAroundTheNameTellAStateFromACountry() {
        assertEquals(PlaceCues.Cue.STATE, PlaceCues.of("Georgia", "The governor of Georgia signed it."));
        assertEquals(PlaceCues.Cue.COUNTRY, PlaceCues.of("Georgia", "The President of Georgia flew in."));
        assertEquals(PlaceCues.Cue.COUNTRY, PlaceCues.of("Georgia", "Georgia's parliament met."));
        assertEquals(PlaceCues.Cue.NONE, PlaceCues.of("Georgia", "Flights to Georgia resumed."));
    }
}
