package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationListsTest {

    private static List<EntityMention> apply(String text, EntityMention... mentions) {
        return OrganizationLists.apply(text, List.of(mentions));
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
        assertEquals(mentions, OrganizationLists.apply(text, mentions));
    }

    @Test
    void aListBrokenByAnotherNameOrWordIsNoList() {
        String text = "Norvak, Tellurion's boss Pyke, and Quade Mobile met. Norvak, Ruiz and Lisbon Trust met too.";
        List<EntityMention> mentions =
                List.of(org("Norvak"), person("Pyke"), org("Quade Mobile"), person("Ruiz"), place("Lisbon Trust"));
        assertEquals(mentions, OrganizationLists.apply(text, mentions));
    }

    @Test
    void aWordOfAFullNameInTheArticleStaysAPerson() {
        String text = "Judge Alma Brandt heard Norvak, Brandt and Quade Mobile.";
        List<EntityMention> mentions =
                List.of(person("Alma Brandt"), org("Norvak"), person("Brandt"), org("Quade Mobile"));
        assertEquals(mentions, OrganizationLists.apply(text, mentions));
    }
}
