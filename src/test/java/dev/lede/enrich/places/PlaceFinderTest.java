package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding places the recognizer missed, against the gazetteer shipped in the resources. */
class PlaceFinderTest {

    private static PlaceFinder finder;

    @BeforeAll
    static void loadGazetteer() {
        finder = new PlaceFinder(Gazetteer.load());
    }

    @Test
    void wellKnownCitiesAreFoundInRunningText() {
        assertEquals(
                List.of("Ukraine", "Kyiv", "Kursk"),
                finder.find(
                        "Ukraine's NATO membership was impractical and Kyiv's recovery was unlikely. "
                                + "He offered part of the Kursk region.",
                        List.of("NATO")));
    }

    /** Kursk, with about 440,000 people, is big enough in running text but not where any word is capitalised. */
    @Test
    void atASentenceStartOnlyTheBiggestCitiesCount() {
        assertEquals(List.of(), finder.find("Talks went well. Kursk was calm.", List.of()));
        assertEquals(List.of(), finder.find("He said: \u201cKursk was calm.\u201d", List.of()));
        assertEquals(List.of(), finder.find(" \t Kursk was calm.", List.of()));
        assertEquals(List.of("Kursk"), finder.find("Talks went well, Kursk was calm.", List.of()));
        assertEquals(List.of("Kursk"), finder.find("Troops near\tKursk were calm.", List.of()));
    }

    /** Brent, a London borough of 330,000 GeoNames lists as a section of the city, is also the North Sea's crude. */
    @Test
    void aSectionOfACityIsLeftToTheRecognizer() {
        assertEquals(List.of(), finder.find("prices of Brent rose in heavy trading", List.of()));
        assertEquals(List.of("Kursk"), finder.find("prices of Brent rose in Kursk trading", List.of()));
    }

    @Test
    void theOwnerInAPlaceNamedWithAPossessiveIsNoPlaceOfItsOwn() {
        String text = "She moved from St John's Wood to a flat off St Peter's Square, near Hamilton's station.";

        assertEquals(
                List.of("St John", "St Peter"),
                finder.find(text, List.of()).stream()
                        .filter(place -> place.startsWith("St "))
                        .toList());
        assertEquals(
                List.of(),
                finder.find(text, List.of(), List.of("St John's Wood", "St Peter's Square")).stream()
                        .filter(place -> place.startsWith("St "))
                        .toList());
        assertEquals(List.of("Kyiv"), finder.find("Kyiv's Maidan Square filled.", List.of(), List.of("Maidan Square")));
    }

    @Test
    void capitalisedWordsJoinedByOfOrAndAreOnePlace() {
        assertEquals(
                List.of("Isle of Man", "Trinidad and Tobago"),
                finder.find("Filming moved to the Isle of Man and then to Trinidad and Tobago.", List.of()));
        assertEquals(List.of("Mexico"), finder.find("Storms in the Gulf of Mexico shut platforms.", List.of()));
        assertEquals(
                List.of("Isle of Man"),
                finder.find("Bank of America opened in the Isle of Man.", List.of("Bank of America")));
    }

    @Test
    void countriesPairedByAHyphenAreEachFound() {
        assertEquals(
                List.of("Iran", "Iraq", "U.S.", "Japan"),
                finder.find("Talks on the Iran-Iraq war and on U.S.-Japan trade resumed.", List.of()));
        assertEquals(List.of("Iran", "Iraq"), finder.find("The Iran-Iraq war went on.", List.of()));
        assertEquals(
                List.of("Guinea-Bissau"),
                finder.find("Rolls-Royce and Anglo-Dutch Shell met in Guinea-Bissau.", List.of()),
                "only countries, every part one; a country of its own whole");
    }

    @Test
    void aSentenceStartsOnlyWithAWordThatMakesNoPlaceNames() {
        assertEquals(List.of(), finder.find("The winner was Grand Theft Auto: San Andreas.", List.of()));
        assertEquals(List.of(), finder.find("Awards went well. New Andreas was next.", List.of()));
        assertEquals(List.of("Kursk"), finder.find("Talks went well. In Kursk it was calm.", List.of()));
    }

    @Test
    void aNameInsideALongerCapitalisedNameIsNotAPlace() {
        assertEquals(List.of(), finder.find("a fellow at the Carnegie Russia Eurasia Center said", List.of()));
    }

    @Test
    void aNameInsideAPersonOrOrganisationIsNotAPlace() {
        assertEquals(List.of(), finder.find("Bank of America said Hilton", List.of("Bank of America")));
        assertEquals(List.of(), finder.find("Sydney said it was late.", List.of("Sydney Sweeney")));
    }

    @Test
    void commonWordsAndDemonymsAreNotPlaces() {
        assertEquals(
                List.of(),
                finder.find(
                        "Reading the report, a Nice day in March. Mobile phones. Ukrainian and Russian troops.",
                        List.of()));
    }

    @Test
    void aNameTheTextAlsoWritesInLowerCaseIsAWord() {
        assertEquals(List.of(), finder.find("Split the bill. They will split it again.", List.of()));
    }

    @Test
    void smallTownsAndAlternateNamesAreLeftToTheRecognizer() {
        assertEquals(List.of(), finder.find("He was born in Tilburgo and moved to Kiev", List.of()));
    }

    @Test
    void countriesAndTheUsualAbbreviationsAreFound() {
        assertEquals(
                List.of("US", "America", "Saudi Arabia"),
                finder.find("We work with the US. When America is strong, meet in Saudi Arabia.", List.of()));
    }

    @Test
    void shoutedWordsAreNotTakenForPlaces() {
        assertEquals(List.of(), finder.find("Talks in HELSINKI and ROME", List.of()));
    }
}
