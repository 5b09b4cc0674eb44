package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BracketedShortNamesTest {

    private static final Predicate<String> NO_PLACE = name -> false;

    @Test
    void aShortNameInBracketsMadeOfTheFirstLettersOfAnOrganisationsWordsIsThatOrganisation() {
        String text = "Conte ran the Bay Area Lab Co-Operative (Balco). The Balco case opens in March."
                + " The World Anti-Doping Agency (Wada) said Wada would appeal.";
        List<EntityMention> mentions = List.of(
                org("Bay Area Lab Co-Operative"),
                place("Balco"),
                place("Balco"),
                org("World Anti-Doping Agency"),
                person("Wada"),
                person("Wada"));
        assertEquals(
                List.of(
                        org("Bay Area Lab Co-Operative"),
                        org("Bay Area Lab Co-Operative"),
                        org("Bay Area Lab Co-Operative"),
                        org("World Anti-Doping Agency"),
                        org("World Anti-Doping Agency"),
                        org("World Anti-Doping Agency")),
                BracketedShortNames.apply(text, mentions, NO_PLACE));
    }

    @Test
    void aNameInBracketsThatDoesNotAbbreviateTheOrganisationStaysAsItIs() {
        String text = "He left Manchester United (Rooney stayed) and joined the Hearts of Midlothian (Edinburgh).";
        List<EntityMention> mentions =
                List.of(org("Manchester United"), person("Rooney"), org("Hearts of Midlothian"), place("Edinburgh"));
        assertEquals(mentions, BracketedShortNames.apply(text, mentions, NO_PLACE));
        String notRightAfter = "The Bay Area Lab Co-Operative said so (Balco is its short name).";
        List<EntityMention> later = List.of(org("Bay Area Lab Co-Operative"), place("Balco"));
        assertEquals(later, BracketedShortNames.apply(notRightAfter, later, NO_PLACE));
        String country = "The United Arab Emirates (UAE) and the UAE's oil minister agreed.";
        List<EntityMention> aCountry = List.of(org("United Arab Emirates"), place("UAE"));
        assertEquals(aCountry, BracketedShortNames.apply(country, aCountry, "United Arab Emirates"::equals));
    }
}
