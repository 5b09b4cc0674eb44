package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartyTagsTest {

    /** A tag's parts, each with forms that fit and forms that do not, in order. */
    private static final String[][] SLOTS = {
        {"", "Ann", "Sen. Ann Lee", "x-ray", "é"},
        {"", " ", ",", ", ", "(", " (", "( ", "\u00A0", "\n", ",\t"},
        {"D", "R", "I", "Dem", "Rep", "Ind", "Dr", "d", "X"},
        {"", ".", ". ", " ", "\r\n", "\u000B", "\u00A0", ".."},
        {"-", "\u2013", "\u2014", "", "--"},
        {"", " ", "\t", "\u00A0"},
        {"Tex", "N.M.", "New Mexico", "iowa", "", "Ö"},
        {"", " ", ")", " )", ",", ".", ". ", ";", "x"}
    };

    @Test
    void theQuickCheckSaysNoOnlyWhereThePatternFindsNoTag() {
        Random random = new Random(20261203);
        int tagged = 0;
        for (int sample = 0; sample < 50_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (String[] slot : SLOTS) {
                text.append(slot[random.nextInt(slot.length)]);
            }
            boolean hasTag = PartyTags.TAG.matcher(text).find();
            tagged += hasTag ? 1 : 0;
            if (hasTag) {
                assertTrue(PartyTags.mayHoldATag(text.toString()), () -> "missed a tag in [" + text + "]");
            }
        }
        assertTrue(tagged > 100, "too few samples held a tag to test the check: " + tagged);
        assertFalse(PartyTags.mayHoldATag("A well-known x-ray firm, D.C.-based, said so."));
    }

    @Test
    void aPartyAndStateAfterALegislatorsNameIsWrittenOver() {
        assertMasked(
                "Rep. Ann Marsh (D-Tex) backed the bill; Sen. Carl Dunne (R-N.Y.) did not.", "(D-Tex)", "(R-N.Y.)");
        assertMasked("Sen. Ada Ruiz, R-N.M., said so, as did Rep. Omar Hale, D-Iowa.", "R-N.M.", "D-Iowa");
        assertMasked("Gov. Lena Park (D-New Mexico) spoke.", "(D-New Mexico)");
    }

    @Test
    void whatTheRecognizerFoundOnlyInsideTagsIsDropped() {
        String text = "Rep. Ann Marsh (D-Tex) and Sen. Carl Dunne, R-Okla., met Texas growers. Sen. Ruth\nBell (R-Iowa)"
                + " toured Iowa.";
        List<EntityMention> mentions = List.of(
                person("Ann Marsh"),
                org("D"),
                person("Tex"),
                person("Carl Dunne"),
                place("Okla."),
                place("Texas"),
                person("Ruth Bell"),
                place("Iowa"),
                place("Iowa"));
        assertEquals(
                List.of(
                        person("Ann Marsh"),
                        person("Carl Dunne"),
                        place("Texas"),
                        person("Ruth Bell"),
                        place("Iowa"),
                        place("Iowa")),
                PartyTags.withoutTags(text, PartyTags.masked(text), mentions));
    }

    @Test
    void otherBracketsAndHyphenatedWordsStay() {
        String text = "Traffic on I-95 (R-rated films, D-Day tours) rose, Acme (NYSE: ACM) said; Brown-Forman (BF-B)"
                + " fell.";
        assertEquals(text, PartyTags.masked(text));
    }

    private static void assertMasked(String text, String... tags) {
        String expected = text;
        for (String tag : tags) {
            expected = expected.replace(tag, " ".repeat(tag.length()));
        }
        assertEquals(expected, PartyTags.masked(text));
    }
}
