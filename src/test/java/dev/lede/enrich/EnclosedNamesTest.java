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

    @Test
    void aPlaceWrittenOnlyInsideALongerPlaceIsNoMentionOfItsOwn() {
        String text = "Storms shut rigs\nStorms shut oil rigs in the Gulf of Mexico on Monday. The Gulf of Mexico"
                + " supplies a quarter of the oil, Houston traders said.";
        List<EntityMention> mentions = List.of(place("Gulf of Mexico"), place("Mexico"), place("Houston"));

        assertEquals(
                List.of(place("Gulf of Mexico"), place("Houston")),
                EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aCityInAFirmsNameIsNoPlaceOfTheStory() {
        String text = "Insurers fall\nShares in Munich Re fell 3%, Tokyo dealers said.";
        List<EntityMention> mentions = List.of(org("Munich Re"), place("Munich"), place("Tokyo"));

        assertEquals(
                List.of(org("Munich Re"), place("Tokyo")), EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aCountryInAnOrganisationsNameIsTheOrganisationsCountryAndStays() {
        String text = "Air Canada orders jets\nAir Canada said it would buy 20 jets, the Bank of Japan said.";
        List<EntityMention> mentions =
                List.of(org("Air Canada"), place("Canada"), org("Bank of Japan"), place("Japan"), org("Japan"));

        assertEquals(
                List.of(org("Air Canada"), place("Canada"), org("Bank of Japan"), place("Japan")),
                EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aFragmentOfAFirmsNameGoesWhenTheStoryNeverWritesItAlone() {
        String text =
                "Sears sells unit\nSears, Roebuck and Co said it sold the unit. Sears, Roebuck and Co shares rose.";
        List<EntityMention> mentions = List.of(org("Sears, Roebuck and Co"), org("Roebuck and Co"));

        assertEquals(List.of(org("Sears, Roebuck and Co")), EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aHyphenIsAWordEdge() {
        String text = "Power deal\nHydro-Quebec will sell power to New England.";
        List<EntityMention> mentions = List.of(org("Hydro-Quebec"), org("Hydro"), place("New England"));

        assertEquals(
                List.of(org("Hydro-Quebec"), place("New England")),
                EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aNameWrittenOnceOnItsOwnStays() {
        String text = "EC ministers meet\nThe European Community Commission proposed cuts. The European Community"
                + " will decide in June.";
        List<EntityMention> mentions = List.of(org("European Community Commission"), org("European Community"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aNameWrittenOnItsOwnInTheTitleStays() {
        String text = "Mexico hit by storm\nThe storm crossed the Gulf of Mexico overnight.";
        List<EntityMention> mentions = List.of(place("Gulf of Mexico"), place("Mexico"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aNameAShoutedHeadlineWritesOnItsOwnStays() {
        String text = "EXXON SEES SYNFUELS ROLE\nAn Exxon Co USA executive said costs would fall.";
        List<EntityMention> mentions = List.of(org("Exxon"), org("Exxon Co USA"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aShoutedHeadlineEnclosesAsTheBodyDoes() {
        String text = "GULF OF MEXICO RIGS SHUT\nStorms shut rigs in the Gulf of Mexico.";
        List<EntityMention> mentions = List.of(place("Gulf of Mexico"), place("Mexico"));

        assertEquals(List.of(place("Gulf of Mexico")), EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aNameBrokenOverTwoLinesIsWrittenOnItsOwn() {
        String text = "NEW YORK STATE ELECTRIC ENDS BID\nThe weather in New\n    York State and the price of New York"
                + " State Electric stock ended the bid.";
        List<EntityMention> mentions = List.of(org("New York State Electric"), place("New York State"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aLongerNameWrittenInLowerCaseEnclosesNothing() {
        String text = "Vote\nLiberal Democrats joined the Republicans, but liberal Democrats in the House did not.";
        List<EntityMention> mentions = List.of(org("Liberal Democrats"), org("Democrats"), org("Republicans"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aLongerWordIsNoMentionOfTheName() {
        String text = "Plant shut\nTurkeys were sold near Turkey Point.";
        List<EntityMention> mentions = List.of(place("Turkey Point"), place("Turkey"));

        assertEquals(List.of(place("Turkey Point")), EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aNameTheTextNeverWritesAsSuchStays() {
        String text = "Talks\nMr Blair and Mr Brown met.";
        List<EntityMention> mentions = List.of(person("Tony Blair"), person("Gordon Brown"));

        assertEquals(mentions, EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }

    @Test
    void aPersonWrittenOnlyInsideAFirmsNameIsNoPerson() {
        String text = "Disney profit up\nWalt Disney Co said profit rose. Walt Disney Co shares gained.";
        List<EntityMention> mentions = List.of(org("Walt Disney Co"), person("Walt Disney"));

        assertEquals(List.of(org("Walt Disney Co")), EnclosedNames.without(text, mentions, COUNTRIES::contains));
    }
}
