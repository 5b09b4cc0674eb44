package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
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
    void aPairListedBesideAnOrganizationIsAFirm() {
        List<EntityMention> mentions = List.of(org("Corvale Glass Inc"), person("Harlan"), person("Pruitt"));
        String firm = "Harlan and Pruitt";
        assertEquals(
                List.of(org("Corvale Glass Inc"), org(firm), org(firm)),
                PartnerSeries.apply("Corvale Glass Inc <CVG> and Harlan and Pruitt made a joint offer.", mentions));
        assertEquals(
                List.of(org("Corvale Glass Inc"), org(firm), org(firm)),
                PartnerSeries.apply("The offer of Harlan and Pruitt and Corvale Glass Inc lapsed.", mentions));
        List<EntityMention> engines =
                List.of(org("Norrland Motor Co"), person("Tebbit"), person("Vance"), org("Astra"));
        assertEquals(
                List.of(org("Norrland Motor Co"), org("Tebbit and Vance"), org("Tebbit and Vance"), org("Astra")),
                PartnerSeries.apply("Engines by Norrland Motor Co, Tebbit and Vance or Astra were bid.", engines));
    }

    @Test
    void aPairAfterACompanysPossessiveOrBesideUnitIsAFirm() {
        List<EntityMention> pair = List.of(person("Tebbit"), person("Vance"));
        List<EntityMention> firm = List.of(org("Tebbit and Vance"), org("Tebbit and Vance"));
        assertEquals(firm, PartnerSeries.apply("It chose Harbour Industries Corp's Tebbit and Vance engines.", pair));
        assertEquals(firm, PartnerSeries.apply("Its unit Tebbit and Vance lost the order.", pair));
        assertEquals(firm, PartnerSeries.apply("The Tebbit and Vance <HBI> unit lost the order.", pair));
    }

    @Test
    void aSeriesThatEmploysAnAnalystOrAPartnerIsAFirm() {
        List<EntityMention> partners = List.of(person("Dorsey"), person("Quail"), person("Lund"));
        String firm = "Dorsey, Quail and Lund";
        List<EntityMention> asFirm = List.of(org(firm), org(firm), org(firm));
        assertEquals(
                asFirm, PartnerSeries.apply("\"It will pass,\" said a partner with Dorsey, Quail and Lund.", partners));
        assertEquals(
                asFirm,
                PartnerSeries.apply("said oil analyst Mara Ivey, with Dorsey, Quail and Lund in Boston.", partners));
        assertEquals(
                asFirm,
                PartnerSeries.apply("Eli Marsh, vice president of Dorsey, Quail and Lund, was named.", partners));
        assertEquals(asFirm, PartnerSeries.apply("added brokers Dorsey, Quail and Lund in a report.", partners));
        assertEquals(asFirm, PartnerSeries.apply("Dorsey, Quail and Lund co-managed the deal.", partners));
        assertEquals(asFirm, PartnerSeries.apply("The lead manager is Dorsey, Quail and Lund.", partners));
        List<EntityMention> withTheAnalyst = List.of(person("Ada Kemp"), person("Dorsey"), person("Quail"));
        assertEquals(
                List.of(person("Ada Kemp"), org("Dorsey and Quail"), org("Dorsey and Quail")),
                PartnerSeries.apply("Ada Kemp of Dorsey and Quail told Reuters the field was small.", withTheAnalyst));
        List<EntityMention> grandsons = List.of(person("Ada Kemp"), person("Dorsey"), person("Quail"));
        assertEquals(
                grandsons, PartnerSeries.apply("Ada Kemp met the grandsons of Dorsey and Quail at Henley.", grandsons));
    }

    @Test
    void theSeriesAnEmployeesFirmGoesOnWithIsThatWholeFirm() {
        List<EntityMention> mentions =
                List.of(person("Ada Kemp"), org("Hartwell Grange"), person("Dorsey"), person("Quail"), person("Lund"));
        String firm = "Hartwell Grange, Dorsey, Quail and Lund";
        assertEquals(
                List.of(person("Ada Kemp"), org("Hartwell Grange"), org(firm), org(firm), org(firm)),
                PartnerSeries.apply("said Ada Kemp, analyst with Hartwell Grange, Dorsey, Quail and Lund.", mentions));
        // no employee: the organisation is the series' neighbour, and the series no firm
        assertEquals(mentions, PartnerSeries.apply("Hartwell Grange, Dorsey, Quail and Lund all voted.", mentions));
    }

    @Test
    void aOneWordOrganisationAndTheNameAfterItsAndCanBeAFirmsTwoPartners() {
        List<EntityMention> mentions = List.of(person("Ada Kemp"), org("Tolland"), person("Brisk"));
        assertEquals(
                List.of(person("Ada Kemp"), org("Tolland and Brisk"), org("Tolland and Brisk")),
                PartnerSeries.apply("said Ada Kemp, economist at brokers Tolland and Brisk.", mentions));
        // written elsewhere on its own, the organisation stays, and so does the person beside it
        String twice = "said Ada Kemp, economist at brokers Tolland and Brisk. Tolland shares rose.";
        List<EntityMention> withTolland = List.of(person("Ada Kemp"), org("Tolland"), person("Brisk"), org("Tolland"));
        assertEquals(withTolland, PartnerSeries.apply(twice, withTolland));
        // an organisation in a list of firms, or before a place's possessive, is no partner
        List<EntityMention> banks = List.of(person("Hollis"), org("Garnet"), org("Lyle & Ware"));
        assertEquals(banks, PartnerSeries.apply("lead managers Hollis, Garnet, Lyle & Ware and others.", banks));
        List<EntityMention> beforeAPlace = List.of(org("Vestra"), place("Norland"), org("Kelco"));
        assertEquals(
                beforeAPlace,
                PartnerSeries.apply("a deal between energy firm Vestra and Norland's Kelco.", beforeAPlace));
    }

    @Test
    void peopleBesideTheirClubOrInAListWithAPersonStayPeople() {
        List<EntityMention> players = List.of(org("Chelsea"), person("Dunmore"), person("Kelby"));
        assertEquals(players, PartnerSeries.apply("Chelsea's Dunmore and Kelby scored from close range.", players));
        List<EntityMention> seats =
                List.of(place("Tarrow"), place("Elsby"), person("Hulme"), person("Wick"), org("Marton"));
        assertEquals(seats, PartnerSeries.apply("Seats at risk: Tarrow, Elsby, Hulme and Wick or Marton.", seats));
        List<EntityMention> sons = List.of(person("Malcolm Glazer"), person("Avi"), person("Joel"));
        assertEquals(sons, PartnerSeries.apply("Malcolm Glazer's two sons, Avi and Joel, led the bid.", sons));
    }

    @Test
    void aListOfFirmsOrAListJoinedToAFirmByACommaIsNoFirm() {
        List<EntityMention> makers =
                List.of(org("Korvo"), org("Lantern"), person("Sadler"), org("Brisk"), org("Rell Corp"));
        assertEquals(
                makers,
                PartnerSeries.apply("Phones from Korvo, Lantern, Sadler and Brisk and Rell Corp sold.", makers));
        List<EntityMention> showed = List.of(org("Korvo Labs"), person("Sadler"), person("Thorne"));
        assertEquals(showed, PartnerSeries.apply("Korvo Labs, Sadler and Thorne showed players at the fair.", showed));
    }

    @Test
    void aPartnerTheRecognizerTookForAPlaceOnlyHereStillMakesTheFirm() {
        List<EntityMention> mentions = List.of(org("Harbour Industries Corp"), person("Tebbit"), place("Vance"));
        assertEquals(
                List.of(org("Harbour Industries Corp"), org("Tebbit and Vance"), place("Vance")),
                PartnerSeries.apply("It chose Harbour Industries Corp's Tebbit and Vance engines.", mentions));
        List<EntityMention> alsoATown = List.of(person("Tebbit"), place("Vance"), place("Vance"));
        assertEquals(
                alsoATown,
                PartnerSeries.apply(
                        "It chose Harbour Industries Corp's Tebbit and Vance engines, built in Vance.", alsoATown));
    }

    @Test
    void aOneWordOrganizationBeforeACommaIsTheFirstPartner() {
        List<EntityMention> mentions = List.of(org("Tarn"), person("Lisle"), person("Kemble"));
        String firm = "Tarn, Lisle and Kemble";
        // the recognizer's "Tarn", written nowhere else, is the firm too
        assertEquals(
                List.of(org(firm), org(firm), org(firm)),
                PartnerSeries.apply("The specialist firm Tarn, Lisle and Kemble bought the seat.", mentions));
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
