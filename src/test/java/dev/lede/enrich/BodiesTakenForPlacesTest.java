package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodiesTakenForPlacesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aPlaceNoGazetteerKnowsNamedLikeTheStorysOrganisationIsIt() {
        String text = "Exports outside the Nordic Council rose. The Nordic Council said trade would grow.";
        assertEquals(
                List.of(org("Nordic Council"), org("Nordic Council")),
                BodiesTakenForPlaces.apply(text, List.of(place("Nordic Council"), org("Nordic Council")), gazetteer));
    }

    @Test
    void theInitialsOfTheStorysOrganisationAreIt() {
        String text = "The African Union met on Monday. Three states left the AU last year.";
        assertEquals(
                List.of(org("African Union"), org("AU")),
                BodiesTakenForPlaces.apply(text, List.of(org("African Union"), place("AU")), gazetteer));
    }

    @Test
    void aNameSpeltOutOfTheStorysAcronymIsIt() {
        String text = "The U.N. spokesman said the United Nations was told.";
        assertEquals(
                List.of(org("U.N."), org("United Nations")),
                BodiesTakenForPlaces.apply(text, List.of(org("U.N."), place("United Nations")), gazetteer));
    }

    @Test
    void initialsWithoutDotsSpellNoPlace() {
        String text = "BP drilled off the coast. The Balkan Peninsula was calm.";
        assertEquals(
                List.of(org("BP"), place("Balkan Peninsula")),
                BodiesTakenForPlaces.apply(text, List.of(org("BP"), place("Balkan Peninsula")), gazetteer));
    }

    @Test
    void anAcronymInProseIsAnOrganisationUnlessThePlaceIsKnownOrACode() {
        String text = "New EU rules apply in the US, the UAE and NZ from March. Flights to LA and TX resume.";
        assertEquals(
                List.of(org("EU"), place("US"), place("UAE"), place("NZ"), place("LA"), place("TX")),
                BodiesTakenForPlaces.apply(
                        text,
                        List.of(place("EU"), place("US"), place("UAE"), place("NZ"), place("LA"), place("TX")),
                        gazetteer));
    }

    @Test
    void aWordOfATableInCapitalsStaysAsItWas() {
        String text = "Grain prices were mixed.\n TOLEDO   5 UND MAY UNC   1 UND MAY UNC\n";
        assertEquals(List.of(place("UNC")), BodiesTakenForPlaces.apply(text, List.of(place("UNC")), gazetteer));
    }

    @Test
    void aPlaceTheGazetteerKnowsStaysOneBesideAnOrganisationOfTheName() {
        String text = "Fans in Chelsea cheered as Chelsea won.";
        assertEquals(
                List.of(place("Chelsea"), org("Chelsea")),
                BodiesTakenForPlaces.apply(text, List.of(place("Chelsea"), org("Chelsea")), gazetteer));
    }

    @Test
    void initialsSkipTheSmallWordsOfAName() {
        assertEquals("EU", BodiesTakenForPlaces.initials("the European Union"));
        assertEquals("OPEC", BodiesTakenForPlaces.initials("Organisation of Petroleum Exporting Countries"));
        assertEquals("", BodiesTakenForPlaces.initials("Nato"));
    }
}
