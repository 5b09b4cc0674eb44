package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterbankRatesTest {

    @Test
    void anInterbankRateIsNoOrganisationOrPlaceButATownOfSuchANameStays() {
        Gazetteer gazetteer = Gazetteer.load();
        assertEquals(
                List.of(org("Libra Bank"), place("Maribor")),
                InterbankRates.without(
                        List.of(
                                org("Libor"),
                                place("LIBOR"),
                                org("Euribor"),
                                org("Libid"),
                                org("Libra Bank"),
                                place("Maribor")),
                        name -> !gazetteer.candidates(name).isEmpty()));
    }
}
