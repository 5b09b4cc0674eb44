package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationListsTest {

    /** Place names of these tests; the extractor asks its gazetteer. */
    private static final Set<String> PLACES = Set.of("Halverton", "Brackwater", "Ashgrove");

    private static List<EntityMention> apply(String text, EntityMention... mentions) {
        return apply(text, List.of(mentions));
    }

    private static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        return OrganizationLists.apply(text, mentions, PLACES::contains);
    }

    @Test
    void aOneWordPersonListedWithTwoOrganisationsIsOneInEveryMention() {
        String text = "Handset makers Norvak, Tellurion and Quade Mobile cut prices. Tellurion said demand was weak.";
        assertEquals(
                List.of(org("Norvak"), org("Tellurion"), org("Quade Mobile"), org("Tellurion")),
                apply(text, org("Norvak"), person("Tellurion"), org("Quade Mobile"), person("Tellurion")));
    }

    @Test
    void theOrganisationsMayStandOnEitherSideAndTheListMayUseOr() {
        String text = "Buyers included Harlow Grain or Veldt, and Ostrander.";
        assertEquals(
                List.of(org("Harlow Grain"), org("Veldt"), org("Ostrander")),
                apply(text, org("Harlow Grain"), person("Veldt"), org("Ostrander")));
    }

    @Test
    void oneOrganisationBesideItIsNotEnough() {
        String text = "Singer Marisol and Lanterns toured with Ashgrove.";
        List<EntityMention> mentions = List.of(person("Marisol"), org("Lanterns"), org("Ashgrove"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aPlaceNameListedWithOneOrganisationIsOneInEveryMention() {
        String text = "Rovers or Halverton will top the table. Halverton won; Brackwater and Dunmore Town went down.";
        assertEquals(
                List.of(org("Rovers"), org("Halverton"), org("Halverton"), org("Brackwater"), org("Dunmore Town")),
                apply(
                        text,
                        org("Rovers"),
                        person("Halverton"),
                        person("Halverton"),
                        person("Brackwater"),
                        org("Dunmore Town")));
    }

    @Test
    void aPlaceNameBesideOnlyAPersonOrInAFullNameStaysAPerson() {
        String text = "Ashgrove and Pyke sang. Nell Halverton joined Vantor and Halverton left.";
        List<EntityMention> mentions = List.of(
                person("Ashgrove"), person("Pyke"), person("Nell Halverton"), org("Vantor"), person("Halverton"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aPlaceNameATitleStandsBeforeStaysAPerson() {
        String text = "President Halverton and Vantor Corp agreed. Later Halverton and Vantor Corp met again.";
        List<EntityMention> mentions =
                List.of(person("Halverton"), org("Vantor Corp"), person("Halverton"), org("Vantor Corp"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aPlaceNameInALineUpOfSurnamesBesideOneOrganisationStaysAPerson() {
        String text = "Subs not used: Pyke, Brackwater, Vantor, Ruiz.";
        List<EntityMention> mentions = List.of(person("Pyke"), person("Brackwater"), org("Vantor"), person("Ruiz"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aListBrokenByAnotherNameOrWordIsNoList() {
        String text = "Norvak, Tellurion's boss Pyke, and Quade Mobile met. Norvak, Ruiz and Lisbon Trust met too.";
        List<EntityMention> mentions =
                List.of(org("Norvak"), person("Pyke"), org("Quade Mobile"), person("Ruiz"), place("Lisbon Trust"));
        assertEquals(mentions, apply(text, mentions));
    }

    @Test
    void aWordOfAFullNameInTheArticleStaysAPerson() {
        String text = "Judge Alma Brandt heard Norvak, Brandt and Quade Mobile.";
        List<EntityMention> mentions =
                List.of(person("Alma Brandt"), org("Norvak"), person("Brandt"), org("Quade Mobile"));
        assertEquals(mentions, apply(text, mentions));
    }
}
