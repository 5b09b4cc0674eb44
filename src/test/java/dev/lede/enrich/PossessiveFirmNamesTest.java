package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PossessiveFirmNamesTest {

    @Test
    void aFirmCutAtItsFoundersPossessiveIsOneFirmAgain() {
        String text =
                "Kestrel's Bakeries Inc reported higher March sales. Kestrel's, based in Dayton, runs 118 stores.";

        assertEquals(
                List.of(org("Kestrel's Bakeries Inc")),
                PossessiveFirmNames.apply(text, List.of(person("Kestrel"), org("Bakeries Inc"), person("Kestrel"))));
    }

    @Test
    void everyFirmAfterThePossessiveIsJoinedOnceOneEndsInALegalForm() {
        String text = "Fenwick's Garden Centers will open two stores, said Fenwick's Garden Centers of Tampa Inc.";

        assertEquals(
                List.of(org("Fenwick's Garden Centers"), org("Fenwick's Garden Centers of Tampa Inc")),
                PossessiveFirmNames.apply(
                        text, List.of(person("Fenwick"), org("Garden Centers"), org("Garden Centers of Tampa Inc"))));
    }

    @Test
    void aHeadlineInCapitalsIsNoSpellingOfTheWord() {
        String text = "KESTREL'S BAKERIES <KBI> SALES RISE\nKestrel's Bakeries Inc reported higher March sales.";

        assertEquals(
                List.of(org("Kestrel's Bakeries Inc")),
                PossessiveFirmNames.apply(text, List.of(person("KESTREL"), person("Kestrel"), org("Bakeries Inc"))));
    }

    @Test
    void theTypographicApostropheJoinsToo() {
        String text = "Marlowe’s Family Restaurants Inc declared a dividend.";

        assertEquals(
                List.of(org("Marlowe’s Family Restaurants Inc")),
                PossessiveFirmNames.apply(text, List.of(person("Marlowe"), org("Family Restaurants Inc"))));
    }

    @Test
    void aPersonTheStoryWritesWithoutThePossessiveOwnsTheFirm() {
        String text = "Ambrose's Tarrant Publishing Corp bought the paper. Ambrose said he was pleased.";
        List<EntityMention> mentions = List.of(person("Ambrose"), org("Tarrant Publishing Corp"), person("Ambrose"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }

    @Test
    void aFirmTheStoryNamesWithoutTheOwnerIsOnlyOwned() {
        String text = "Quince's Avonlea Corp raised its bid. Avonlea Corp said the offer was final.";
        List<EntityMention> mentions = List.of(person("Quince"), org("Avonlea Corp"), org("Avonlea Corp"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }

    @Test
    void aWordOfAPersonsFullNameIsThatPerson() {
        String text = "Financier Harold Quince said Quince's Holdings Ltd would bid.";
        List<EntityMention> mentions = List.of(person("Harold Quince"), person("Quince"), org("Holdings Ltd"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }

    @Test
    void whatFollowsMustEndInALegalForm() {
        String text = "He was an adviser to President Carter's White House.";
        List<EntityMention> mentions = List.of(person("Carter"), org("White House"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }

    @Test
    void aOneWordPersonWrittenAsAPossessiveNameThatOwnsNothingIsAFirm() {
        String text = "Shares of Marlowe's rose. Marlowe's, which runs 64 diners, said Marlowe's sales grew.";

        assertEquals(
                List.of(org("Marlowe"), org("Marlowe")),
                PossessiveFirmNames.apply(text, List.of(person("Marlowe"), person("Marlowe"))));
    }

    @Test
    void aPartnerWrittenBeforeThePossessiveNameEveryTimeIsPartOfIt() {
        String text = "The notes are rated AA by Fenton and Hale's. Fenton and Hale's said the outlook is stable.";

        assertEquals(List.of(org("Fenton and Hale")), PossessiveFirmNames.apply(text, List.of(person("Hale"))));
    }

    @Test
    void aPossessiveThatOwnsSomethingEveryTimeLeavesThePerson() {
        String text = "It was the best run of Paula's career, and Paula's coach agreed.";
        List<EntityMention> mentions = List.of(person("Paula"), person("Paula"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }

    @Test
    void aPartnerThatEndsAnotherNameIsNoPartOfIt() {
        String text =
                "Dalton King USA and Fenwick's reported higher profits, and Dalton King USA and Fenwick's said so.";

        assertEquals(List.of(org("Fenwick")), PossessiveFirmNames.apply(text, List.of(person("Fenwick"))));
    }

    @Test
    void theShortNameOfAFirmTheStoryNamesInFullIsLeftToTheRulesForShortNames() {
        String text = "Scarlet's Hospitality Inc said it bought a caterer. Scarlet's said terms were not disclosed.";
        List<EntityMention> mentions = List.of(org("Scarlet's Hospitality Inc"), person("Scarlet"));

        assertEquals(mentions, PossessiveFirmNames.apply(text, mentions));
    }
}
