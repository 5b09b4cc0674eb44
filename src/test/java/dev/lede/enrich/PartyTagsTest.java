package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTagsTest {

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
