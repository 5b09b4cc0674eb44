package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifiedShortNamesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @ParameterizedTest
    @CsvSource({
        "Treasury, US Treasury",
        "Coast Guard, Norway Coast Guard",
        "Central Bank, Norwegian Central Bank",
        "Rovers, Leeds Rovers",
        "Stock Exchange, Oslo Stock Exchange",
        "Chronicle, Houston Chronicle",
        "Regional Council, Bavaria Regional Council",
    })
    void aShortNameTheStoryAlsoGivesWithItsHomeIsThatName(String shortName, String qualified) {
        assertEquals(
                List.of(qualified, "Harlow Mills"),
                QualifiedShortNames.apply(List.of(shortName, "Harlow Mills", qualified), gazetteer));
    }

    @ParameterizedTest
    @CsvSource({
        "Kestrel, American Kestrel",
        "Commerce Bancshares, Texas Commerce Bancshares",
        "Fed, Chicago Fed",
        "NAPM, Chicago NAPM",
        "Stirling, East Stirling",
        "Brandt, Sol Brandt",
        "Rovers, Aston Rovers",
        "Rovers, Harlow Rovers",
        "Rovers, Cumbria Rovers",
        "Statistics Office, Federal Statistics Office",
    })
    void otherwiseBothNamesStay(String shortName, String longer) {
        List<String> organizations = List.of(shortName, longer);

        assertEquals(organizations, QualifiedShortNames.apply(organizations, gazetteer));
    }

    @Test
    void aShortNameTwoOrganisationsEndInStays() {
        List<String> organizations = List.of("United", "Leeds United", "Dundee United");

        assertEquals(organizations, QualifiedShortNames.apply(organizations, gazetteer));
    }

    @Test
    void aStoryWithOneOrganisationKeepsIt() {
        assertEquals(List.of("Treasury"), QualifiedShortNames.apply(List.of("Treasury"), gazetteer));
    }
}
