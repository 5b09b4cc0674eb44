package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerFirmsTest {

    @Test
    void surnamesAlwaysWrittenAsOnePairAreTheFirmTheArticleNames() {
        String text = "HOLT/MERRIMAN CUTS RATING ON ACME\nHolt and Merriman said it cut its rating on Acme's notes."
                + " Holt and Merriman cited weaker cash flow.";
        List<EntityMention> mentions =
                List.of(person("Holt"), person("Merriman"), person("Holt"), person("Merriman"), org("Acme"));
        assertEquals(
                List.of(
                        org("Holt and Merriman"),
                        org("Holt and Merriman"),
                        org("Holt and Merriman"),
                        org("Holt and Merriman"),
                        org("Acme")),
                PartnerFirms.apply(text, mentions));
    }

    @Test
    void thePartnerNeedNotBeAPersonAndThePossessiveStays() {
        String text = "Grant and Lowe's Corp said it lowered the notes. Grant and Lowe's also put the bonds on watch.";
        assertEquals(List.of(org("Grant and Lowe's")), PartnerFirms.apply(text, List.of(person("Lowe"))));
    }

    @Test
    void aPairWrittenOnceIsMoreOftenTwoPeopleInAList() {
        String text = "Veterans Tanner and Brooke played to full halls. Their tour made the top ten.";
        assertKept(text, person("Tanner"), person("Brooke"));
    }

    @Test
    void aPairWhoseSurnameIsAlsoWrittenOnItsOwnIsTwoPeople() {
        String text = "Fischer and Lange signed the accord. Fischer and Lange met again on Monday, and Fischer said"
                + " more talks would follow.";
        assertKept(text, person("Fischer"), person("Lange"), person("Fischer"), person("Lange"), person("Fischer"));
    }

    @Test
    void aWordOfAFullNameOrAPlaceIsNoPartner() {
        String text = "Ruth and Daniel Okafor ran the shop. Ruth and Daniel Okafor sold it. Exports went to Norway"
                + " and Vesteraal; Norway and Vesteraal both paid late.";
        assertKept(
                text,
                person("Ruth"),
                person("Daniel Okafor"),
                person("Vesteraal"),
                place("Norway"),
                person("Vesteraal"));
    }

    @Test
    void aSurnameWithDifferentPartnersIsNoFirm() {
        String text = "Keller and Wong wrote the first report. Keller and Haddad wrote the second.";
        assertKept(text, person("Keller"), person("Keller"));
    }

    @Test
    void aSurnameBetweenTwoPairsKeepsThePartnerEveryOccurrenceShares() {
        String text = "A venture of Delta Glass Inc and Orr and Pruitt bid for the firm. Orr and Pruitt, based in"
                + " Texas, would own half.";
        List<EntityMention> mentions = List.of(org("Delta Glass Inc"), person("Orr"), person("Orr"));
        assertEquals(
                List.of(org("Delta Glass Inc"), org("Orr and Pruitt"), org("Orr and Pruitt")),
                PartnerFirms.apply(text, mentions));
    }

    @Test
    void betweenAFirmAndAnotherSurnameThePairIsTheTwoSurnames() {
        String text = "Delta Glass and Orr and Pruitt would own half. Lenders to Delta Glass and Orr and Pruitt"
                + " were not named.";
        List<EntityMention> mentions =
                List.of(org("Delta Glass"), person("Orr"), person("Pruitt"), org("Delta Glass"), person("Orr"));
        assertEquals(
                List.of(
                        org("Delta Glass"),
                        org("Orr and Pruitt"),
                        org("Orr and Pruitt"),
                        org("Delta Glass"),
                        org("Orr and Pruitt")),
                PartnerFirms.apply(text, mentions));
    }

    private static void assertKept(String text, EntityMention... mentions) {
        assertEquals(List.of(mentions), PartnerFirms.apply(text, List.of(mentions)));
    }
}
