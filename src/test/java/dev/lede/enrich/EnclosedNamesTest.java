package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnclosedNamesTest {

    private static final Set<String> COUNTRIES = Set.of("Mexico", "Canada", "Turkey", "Japan");

    private static List<EntityMention> without(String text, EntityMention... mentions) {
        return EnclosedNames.without(text, List.of(mentions), COUNTRIES::contains);
    }

    @Test
    void aPlaceWrittenOnlyInsideALongerPlaceIsNoMentionOfItsOwn() {
        String text = "Storms shut rigs\nStorms shut oil rigs in the Gulf of Mexico on Monday. The Gulf of Mexico"
                + " supplies a quarter of the oil, Houston traders said.";
        assertEquals(
                List.of(place("Gulf of Mexico"), place("Houston")),
                without(text, place("Gulf of Mexico"), place("Mexico"), place("Houston")));
    }

    @Test
    void aCityInAFirmsNameIsNoPlaceOfTheStory() {
        String text = "Insurers fall\nShares in Munich Re fell 3%, Tokyo dealers said.";
        assertEquals(
                List.of(org("Munich Re"), place("Tokyo")),
                without(text, org("Munich Re"), place("Munich"), place("Tokyo")));
    }

    @Test
    void aCountryInAnOrganisationsNameIsTheOrganisationsCountryAndStays() {
        String text = "Air Canada orders jets\nAir Canada said it would buy 20 jets, the Bank of Japan said.";
        assertEquals(
                List.of(org("Air Canada"), place("Canada"), org("Bank of Japan"), place("Japan")),
                without(text, org("Air Canada"), place("Canada"), org("Bank of Japan"), place("Japan"), org("Japan")));
    }

    @Test
    void aFragmentOfAFirmsNameGoesWhenTheStoryNeverWritesItAlone() {
        String text =
                "Sears sells unit\nSears, Roebuck and Co said it sold the unit. Sears, Roebuck and Co shares rose.";
        assertEquals(
                List.of(org("Sears, Roebuck and Co")),
                without(text, org("Sears, Roebuck and Co"), org("Roebuck and Co")));
    }

    @Test
    void aHyphenIsAWordEdge() {
        String text = "Power deal\nHydro-Quebec will sell power to New England.";
        assertEquals(
                List.of(org("Hydro-Quebec"), place("New England")),
                without(text, org("Hydro-Quebec"), org("Hydro"), place("New England")));
    }

    @Test
    void aNameWrittenOnceOnItsOwnStays() {
        String text = "EC ministers meet\nThe European Community Commission proposed cuts. The European Community"
                + " will decide in June.";
        assertEquals(
                List.of(org("European Community Commission"), org("European Community")),
                without(text, org("European Community Commission"), org("European Community")));
    }

    @Test
    void aNameWrittenOnItsOwnInTheTitleStays() {
        String text = "Mexico hit by storm\nThe storm crossed the Gulf of Mexico overnight.";
        assertEquals(
                List.of(place("Gulf of Mexico"), place("Mexico")),
                without(text, place("Gulf of Mexico"), place("Mexico")));
    }

    @Test
    void aNameAShoutedHeadlineWritesOnItsOwnStays() {
        String text = "EXXON SEES SYNFUELS ROLE\nAn Exxon Co USA executive said costs would fall.";
        assertEquals(List.of(org("Exxon"), org("Exxon Co USA")), without(text, org("Exxon"), org("Exxon Co USA")));
    }

    @Test
    void aShoutedHeadlineEnclosesAsTheBodyDoes() {
        String text = "GULF OF MEXICO RIGS SHUT\nStorms shut rigs in the Gulf of Mexico.";
        assertEquals(List.of(place("Gulf of Mexico")), without(text, place("Gulf of Mexico"), place("Mexico")));
    }

    @Test
    void aNameBrokenOverTwoLinesIsWrittenOnItsOwn() {
        String text = "NEW YORK STATE ELECTRIC ENDS BID\nThe weather in New\n    York State and the price of New York"
                + " State Electric stock ended the bid.";
        assertEquals(
                List.of(org("New York State Electric"), place("New York State")),
                without(text, org("New York State Electric"), place("New York State")));
    }

    @Test
    void aLongerNameWrittenInLowerCaseEnclosesNothing() {
        String text = "Vote\nLiberal Democrats joined the Republicans, but liberal Democrats in the House did not.";
        assertEquals(
                List.of(org("Liberal Democrats"), org("Democrats"), org("Republicans")),
                without(text, org("Liberal Democrats"), org("Democrats"), org("Republicans")));
    }

    @Test
    void aLongerWordIsNoMentionOfTheName() {
        String text = "Plant shut\nTurkeys were sold near Turkey Point.";
        assertEquals(List.of(place("Turkey Point")), without(text, place("Turkey Point"), place("Turkey")));
    }

    @Test
    void aNameTheTextNeverWritesAsSuchStays() {
        String text = "Talks\nMr Blair and Mr Brown met.";
        assertEquals(
                List.of(person("Tony Blair"), person("Gordon Brown")),
                without(text, person("Tony Blair"), person("Gordon Brown")));
    }

    @Test
    void aPersonWrittenOnlyInsideAFirmsNameIsNoPerson() {
        String text = "Disney profit up\nWalt Disney Co said profit rose. Walt Disney Co shares gained.";
        assertEquals(List.of(org("Walt Disney Co")), without(text, org("Walt Disney Co"), person("Walt Disney")));
    }
}
