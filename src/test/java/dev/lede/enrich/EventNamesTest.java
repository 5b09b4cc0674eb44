package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventNamesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void anEventTakenForAPlaceIsThePlaceItIsHeldIn() {
        assertEquals(
                List.of(
                        place("Boston"),
                        place("New York City"),
                        place("Cannes"),
                        place("Rome"),
                        place("Edinburgh"),
                        place("Seoul")),
                EventNames.apply(
                        List.of(
                                place("Boston Marathon"),
                                place("New York City Marathon"),
                                place("Cannes Film Festival"),
                                place("Rome Economic\nSummit"),
                                place("Edinburgh International Festival"),
                                place("Seoul Olympics")),
                        gazetteer));
    }

    @Test
    void theLatestPlaceOfASponsoredNameIsItsHost() {
        assertEquals(List.of(place("Paris")), EventNames.apply(List.of(place("Acme Paris Marathon")), gazetteer));
    }

    @Test
    void anEventHeldNowhereTheGazetteerKnowsIsNoPlace() {
        assertEquals(
                List.of(place("Athens")),
                EventNames.apply(
                        List.of(place("Argonaut Games"), place("Athens"), place("World Jazz Conference")), gazetteer));
    }

    @Test
    void placesEndingInAnEventWordAndOtherKindsStayAsTheyAre() {
        List<EntityMention> kept = List.of(
                place("Lee's Summit"),
                place("Summit"),
                org("Consumer Electronics Show"),
                org("Rugby World Cup"),
                person("Tom Marathon"),
                place("Venice"));
        assertEquals(kept, EventNames.apply(kept, gazetteer));
    }
}
