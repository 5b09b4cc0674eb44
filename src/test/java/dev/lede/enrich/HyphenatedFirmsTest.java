package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HyphenatedFirmsTest {

    @Test
    void partsOfAFirmsHyphenatedNameAreTheFirm() {
        String text = "Tolland-Marsh Co said sales rose. Tolland-Marsh said its new plant opens in May.";
        List<EntityMention> mentions = List.of(org("Tolland-Marsh Co"), org("Tolland"), person("Marsh"));
        assertEquals(
                List.of(org("Tolland-Marsh Co"), org("Tolland-Marsh"), org("Tolland-Marsh")), apply(text, mentions));
    }

    @Test
    void theFirstPartAloneIsTheFirmUnlessTheStoryMakesItAPersonOrAnotherFirm() {
        String firm = "Brisco-Hale Inc raised its dividend. Brisco is the largest maker of valves in Ohio.";
        assertEquals(
                List.of(org("Brisco-Hale Inc"), org("Brisco-Hale")),
                apply(firm, List.of(org("Brisco-Hale Inc"), person("Brisco"))));
        String titled = "Brisco-Hale Inc raised its dividend, Mr Brisco said.";
        assertEquals(
                List.of(org("Brisco-Hale Inc"), person("Brisco")),
                apply(titled, List.of(org("Brisco-Hale Inc"), person("Brisco"))));
        String another = "Brisco Tools Ltd formed Brisco-Hale Inc, Brisco said.";
        List<EntityMention> firms = List.of(org("Brisco Tools Ltd"), org("Brisco-Hale Inc"), org("Brisco"));
        assertEquals(firms, apply(another, firms));
        String named = "Brisco-Hale Inc raised its dividend, Anna Brisco said. Brisco owns a fifth of it.";
        List<EntityMention> mentions = List.of(org("Brisco-Hale Inc"), person("Anna Brisco"), person("Brisco"));
        assertEquals(mentions, apply(named, mentions));
    }

    @Test
    void theSecondPartAloneStaysAsItIs() {
        String text = "Orley-Penn Stores Corp got a bid from the Penn family, which owns most of Orley-Penn.";
        List<EntityMention> mentions = List.of(org("Orley-Penn Stores Corp"), person("Penn"), org("Orley"));
        assertEquals(List.of(org("Orley-Penn Stores Corp"), person("Penn"), org("Orley-Penn")), apply(text, mentions));
    }

    @Test
    void aPartTakenForAnOrganisationMakesTheHyphenatedNameOneWithoutAFullName() {
        String text = "Calder-Wynne said the word was looked up most. Calder-Wynne publishes dictionaries.";
        List<EntityMention> mentions = List.of(org("Calder"), person("Wynne"), place("Calder"));
        assertEquals(List.of(org("Calder-Wynne"), org("Calder-Wynne"), place("Calder")), apply(text, mentions));
    }

    @Test
    void aPlaceANationalityCompoundOrAPersonsHyphenatedNameIsNoFirm() {
        String place = "The smelter at Lanquet-Veyra, Quebec, reopened.";
        List<EntityMention> atPlace = List.of(place("Lanquet"), org("Veyra"));
        assertEquals(atPlace, apply(place, atPlace));
        String nationalities = "Talbrook Ltd sold its stake to the Anglo-Dutch group.";
        List<EntityMention> compound = List.of(org("Talbrook Ltd"), org("Anglo"));
        assertEquals(compound, apply(nationalities, compound));
        String player = "Dario Quell-Hartley scored twice; Quell-Hartley then went off.";
        List<EntityMention> named = List.of(person("Dario Quell"), org("Hartley"));
        assertEquals(named, apply(player, named));
    }

    @Test
    void twoPeopleJoinedByAHyphenStayTwoWhereNoFirmHasTheirNames() {
        String text = "The Hollis-Varga feud grew. Hollis-Varga talks resumed at Hollis Group Inc.";
        List<EntityMention> mentions = List.of(person("Hollis"), person("Varga"), org("Hollis Group Inc"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aPartOfTwoFirmsNamesIsLeftAlone() {
        String text = "Dunmore-Price Co and Dunmore-Keel Ltd merged; Dunmore-Price said so.";
        List<EntityMention> mentions =
                List.of(org("Dunmore-Price Co"), org("Dunmore-Keel Ltd"), person("Dunmore"), person("Price"));
        assertEquals(
                List.of(org("Dunmore-Price Co"), org("Dunmore-Keel Ltd"), person("Dunmore"), org("Dunmore-Price")),
                apply(text, mentions));
    }

    private static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        return HyphenatedFirms.apply(text, mentions, "Lanquet-Veyra"::equals, Set.of("Dutch", "American")::contains);
    }
}
