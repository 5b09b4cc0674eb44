package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemonymLedNamesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void aNationalityBeforeAFullNameIsNoPartOfIt() {
        assertEquals(
                List.of("Karl Keska", "Evans Rutto", "Juan Carlos Ferrero"),
                DemonymLedNames.without(
                        List.of("Briton Karl Keska", "Kenyans Evans Rutto", "Spaniard Juan Carlos Ferrero"),
                        GAZETTEER));
    }

    @Test
    void aWordForAPersonOfANationAloneNamesNobody() {
        assertEquals(
                List.of("Allan Scott", "Scot Gemmill", "Finn"),
                DemonymLedNames.without(
                        List.of("Scot", "Allan Scott", "Dane", "Scot Gemmill", "Geordie", "Finn"), GAZETTEER));
    }

    @Test
    void aTwoWordNameOrANameWithoutANationalityStaysWhole() {
        List<String> names = List.of("German Gref", "Karl Keska", "Christian Michael Jones", "Briton de Villiers Jr");
        assertEquals(
                List.of("German Gref", "Karl Keska", "Christian Michael Jones", "Briton de Villiers Jr"),
                DemonymLedNames.without(names, GAZETTEER));
    }
}
