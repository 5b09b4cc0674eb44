package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedThingsTest {

    @ParameterizedTest
    @CsvSource({
        "Oslo Interbank, The loan pays half a point over the Oslo Interbank Offered Rate for five years.",
        "Harcourt, Mills rose after the Harcourt Composite Index gained for a third day.",
        "Elmstead Mutual, The Elmstead Mutual Cycling Trophy went to a rider from the valley.",
        "Provisions, Members debated the Coastal Provisions Bill until late on Tuesday.",
        "Kessel, The Kessel Plan would spread the debt over twenty years.",
    })
    void anOrganisationThatOnlyStartsTheNameOfAThingIsDropped(String name, String body) {
        assertEquals(List.of(place("Oslo")), NamedThings.without(body, List.of(org(name), place("Oslo"))));
    }

    @Test
    void aLineBreakInsideTheNameOrBeforeTheThingIsASpace() {
        String body = "Dealers priced it over the Oslo\nInterbank Offered\nRate on Monday.";

        assertEquals(List.of(), NamedThings.without(body, List.of(org("Oslo Interbank"))));
    }

    @ParameterizedTest
    @CsvSource({
        "Tarn Valley Fisheries Agreement, true",
        "Harcourt Composite Index, true",
        "Coastal Provisions Bill, true",
        "Northern Plains College of Law, false",
        "Keller Life & Law, false",
        "Baltic Defence Pact, false",
        "Law, false",
    })
    void anOrganisationNamedAsAThingIsDroppedWhateverTheText(String name, boolean dropped) {
        List<EntityMention> mentions = List.of(org(name));

        assertEquals(dropped ? List.of() : mentions, NamedThings.without("Nothing here names it again.", mentions));
    }

    @Test
    void aPersonWithAThingsWordForSurnameStays() {
        String body = "The actor Ina Law said filming would start in May.";

        assertEquals(List.of(person("Ina Law")), NamedThings.without(body, List.of(person("Ina Law"))));
    }

    @Test
    void aPersonAnAwardIsNamedAfterIsNoPersonOfTheStory() {
        String body = "The Marta Ilves Award for new writing was given in Tallinn on Friday.";

        assertEquals(List.of(), NamedThings.without(body, List.of(person("Marta Ilves"))));
    }

    @Test
    void aNameAlsoWrittenOnItsOwnStays() {
        String body = "Brannock Breweries sponsors the Brannock Cup. Brannock said it would renew the deal.";
        List<EntityMention> mentions = List.of(org("Brannock"), org("Brannock Breweries"));

        assertEquals(mentions, NamedThings.without(body, mentions));
    }

    @Test
    void theNameInsideALongerWordIsNotTheNameWritten() {
        String body = "The Kell Cup went to Kellerman; McKell said the final was close.";

        assertEquals(List.of(), NamedThings.without(body, List.of(org("Kell"))));
    }

    @Test
    void aSurnameWrittenInsideAFullNameStays() {
        String body = "Treasury Secretary Ellen Voss defended the Voss Plan before the committee.";
        List<EntityMention> mentions = List.of(person("Voss"), person("Ellen Voss"));

        assertEquals(mentions, NamedThings.without(body, mentions));
    }

    @Test
    void lowerCaseWordsBetweenTheNameAndTheThingEndTheRun() {
        String body = "Halvorsen proposed a new rate for farm loans; the Halvorsen family rate was not changed.";

        assertEquals(List.of(person("Halvorsen")), NamedThings.without(body, List.of(person("Halvorsen"))));
    }

    @Test
    void tooManyCapitalisedWordsBeforeTheThingEndTheRun() {
        String body = "Delmar North Coast Holding Group Energy Plan drew critics.";

        assertEquals(List.of(org("Delmar")), NamedThings.without(body, List.of(org("Delmar"))));
    }

    @Test
    void aThingWordStartingALongerWordIsNoThing() {
        String body = "Orla Kemp Actuaries said the claims were paid.";

        assertEquals(List.of(org("Orla Kemp")), NamedThings.without(body, List.of(org("Orla Kemp"))));
    }

    @Test
    void aNameOnlyInTheTitleIsNotJudged() {
        String body = "Ministers met on Monday to discuss the budget.";

        assertEquals(List.of(person("Tom Aske")), NamedThings.without(body, List.of(person("Tom Aske"))));
    }

    @Test
    void placesAreLeftAlone() {
        String body = "The Geneva Protocol was signed by the delegations.";

        assertEquals(List.of(place("Geneva")), NamedThings.without(body, List.of(place("Geneva"))));
    }
}
