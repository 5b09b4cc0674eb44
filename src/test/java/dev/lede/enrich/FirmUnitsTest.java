package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FirmUnitsTest {

    private static final Predicate<String> UNKNOWN =
            name -> !Set.of("Texas", "Ohio").contains(name);

    @Test
    void anUnknownPlaceRightBeforeOrAfterAFirmsPartIsAFirm() {
        String text = "Orvik sold the Kelmar unit and its drilling subsidiary Tavrosneft. Kelmar pumps oil;"
                + " its main arm, Zarnov, and the Pelt division did not. Buyers of Tavrosneft waited.";
        List<EntityMention> mentions = List.of(
                place("Kelmar"),
                place("Tavrosneft"),
                place("Kelmar"),
                place("Zarnov"),
                place("Pelt"),
                place("Tavrosneft"));
        assertEquals(
                List.of(org("Kelmar"), org("Tavrosneft"), org("Kelmar"), org("Zarnov"), org("Pelt"), org("Tavrosneft")),
                FirmUnits.apply(text, mentions, UNKNOWN));
    }

    @Test
    void aKnownPlaceOrOneAlsoWrittenAsAPlaceOrNextToNoPartStaysAPlace() {
        String text = "Its Texas unit grew. The Kelmar unit drills in Kelmar. Sales in Brask rose; unit sales fell."
                + " Its Ohio Valley division grew.";
        List<EntityMention> mentions =
                List.of(place("Texas"), place("Kelmar"), place("Kelmar"), place("Brask"), place("Ohio Valley"));
        assertEquals(mentions, FirmUnits.apply(text, mentions, UNKNOWN));
    }
}
