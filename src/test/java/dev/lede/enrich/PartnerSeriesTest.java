package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerSeriesTest {

    @Test
    void surnamesAfterTheWordFirmAreTheFirm() {
        String text = "Acme hired the Chicago law firm of Pollard, Quist, Marsh and Ellery to fight the bid.";
        List<EntityMention> mentions =
                List.of(org("Acme"), person("Pollard"), person("Quist"), person("Marsh"), person("Ellery"));
        String firm = "Pollard, Quist, Marsh and Ellery";
        assertEquals(
                List.of(org("Acme"), org(firm), org(firm), org(firm), org(firm)), PartnerSeries.apply(text, mentions));
    }

    @Test
    void auditorsAFirmNamedAfterThePairOrOnePartnerTwice() {
        assertEquals(
                List.of(org("Tolland and Brisk"), org("Tolland and Brisk")),
                PartnerSeries.apply(
                        "Its auditors, Tolland and Brisk, qualified the accounts.",
                        List.of(person("Tolland"), person("Brisk"))));
        assertEquals(
                List.of(org("Hale and Mercer")),
                PartnerSeries.apply(
                        "The tests, done by Hale and Mercer, an engineering firm, found no leak.",
                        List.of(person("Mercer"))));
        assertEquals(
                List.of(org("Varley and Varley")),
                PartnerSeries.apply(
                        "VARLEY AND VARLEY RAISES PAYOUT\nVarley and Varley said it would raise its dividend.",
                        List.of(person("Varley"))));
    }

    @Test
    void aListOfPeopleIsNoFirm() {
        List<EntityMention> judges = List.of(person("Barrow"), person("Keane"), person("Lisle"));
        assertEquals(judges, PartnerSeries.apply("Lords Barrow, Keane and Lisle dismissed the appeal.", judges));
        List<EntityMention> singers = List.of(person("Tanner"), person("Brooke"));
        assertEquals(singers, PartnerSeries.apply("Veterans Tanner and Brooke played to full halls.", singers));
    }

    @Test
    void aSurnameAlsoWrittenOutsideTheFirmsNameIsAPerson() {
        String text = "The law firm of Tolland and Brisk filed the suit. Brisk said the firm would appeal.";
        List<EntityMention> mentions = List.of(person("Tolland"), person("Brisk"), person("Brisk"));
        assertEquals(
                List.of(org("Tolland and Brisk"), person("Brisk"), person("Brisk")),
                PartnerSeries.apply(text, mentions));
    }
}
