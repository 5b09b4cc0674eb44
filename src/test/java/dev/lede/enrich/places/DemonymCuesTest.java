package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemonymCuesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    private static List<String> countries(String text) {
        return List.copyOf(DemonymCues.countries(text, gazetteer));
    }

    @Test
    void aDemonymNamesItsCountryInTheOrderTheTextGivesThem() {
        assertEquals(
                List.of("GR", "CH", "JP"),
                countries("Two Greek sprinters met Swiss officials, then Japanese ones, then Greeks again."));
    }

    @Test
    void aTwoWordDemonymIsOneEvenAtTheStartOfASentence() {
        assertEquals(List.of("ZA"), countries("South African miners struck on Monday."));
        assertEquals(List.of("NZ"), countries("The deal was signed. New Zealander exporters welcomed it."));
    }

    @Test
    void aDemonymThatEndsALongerNameIsNoneOfItsOwn() {
        assertEquals(List.of(), countries("Debt talks with Latin American lenders resumed."));
    }

    @Test
    void aDemonymThatBeginsAPlaceNameIsNone() {
        assertEquals(List.of(), countries("The mine is in British Columbia, near the border."));
        assertEquals(List.of(), countries("French Guiana launched a rocket."));
    }

    @Test
    void aDemonymAfterASentenceEndingInANameStillCounts() {
        assertEquals(List.of("GR"), countries("The hearing was held in Athens. Greek officials said little."));
        assertEquals(List.of("DE"), countries("“German banks will follow,” he said."));
    }

    @Test
    void lowerCaseWordsAndPlaceNamesAreNoDemonyms() {
        assertEquals(List.of(), countries("the french windows of a house in Greece"));
    }

    @Test
    void aDemonymOfSeveralCountriesNamesTheMostPopulous() {
        assertEquals(Set.of("DO"), DemonymCues.countries("Dominican officials agreed.", gazetteer));
        assertEquals(Set.of("US"), DemonymCues.countries("American investors sold.", gazetteer));
    }
}
