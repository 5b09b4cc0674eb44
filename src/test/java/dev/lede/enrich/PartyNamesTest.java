package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

    private static List<EntityMention> apply(String text, EntityMention... mentions) {
        return PartyNames.apply(text, List.of(mentions));
    }

    @Test
    void aFamilyInThePluralIsTheParty() {
        String text = "The Tories said the Conservatives would cut rates, while Senate Republicans and the Socialists"
                + " disagreed.";
        assertEquals(List.of(org("Tories"), org("Conservatives"), org("Republicans"), org("Socialists")), apply(text));
    }

    @Test
    void theDoctrineBeforeTheFamilyIsPartOfTheName() {
        String text = "Both the Liberal Democrats and the Lib Dems' rivals, the Christian Democrats, voted no; the"
                + " Progressive Conservatives abstained.";
        assertEquals(
                List.of(
                        org("Liberal Democrats"),
                        org("Lib Dems"),
                        org("Christian Democrats"),
                        org("Progressive Conservatives")),
                apply(text));
    }

    @Test
    void aSingularIsThePartyBeforeAMembersRoleAndInsideASentence() {
        String text = "Lib Dem leader Aled Morrow met a Republican senator and Tory MPs. Conservative estimates differ."
                + " The bill's author, a Vermont Democrat, and Democrat Rosa Quill agreed; Communist China and the"
                + " Republican Guard did not. Democratic turnout rose, and Democratic hopefuls gained. Republican Gov."
                + " Ivo Brandt and Democratic governors disagreed.";
        assertEquals(
                List.of(
                        person("Aled Morrow"),
                        place("Vermont"),
                        person("Rosa Quill"),
                        place("China"),
                        org("Lib Dems"),
                        org("Republicans"),
                        org("Tories"),
                        org("Democrats"),
                        org("Democrats"),
                        org("Democratic"),
                        org("Republicans"),
                        org("Democratic")),
                apply(text, person("Aled Morrow"), place("Vermont"), person("Rosa Quill"), place("China")));
    }

    @Test
    void aPartyTheRecognizerFoundAsAnotherKindBecomesAnOrganisation() {
        String text = "Greens and Lib Dem councillors met Ivo Greenhalgh.";
        assertEquals(
                List.of(org("Greens"), org("Lib Dems"), person("Ivo Greenhalgh"), org("Greens"), org("Lib Dems")),
                apply(text, place("Greens"), person("Lib Dem"), person("Ivo Greenhalgh")));
    }

    @Test
    void aLineWrappedInsideASentenceGoesOnButTheTitleEnds() {
        String text = "Budget talks stall\nConservative estimates differ. Byrd, a\nDemocrat, said so;\nRepublican"
                + " aides agreed.\n\nLiberal views\nwere heard. And fellow Democrat Ivo\nMarsh agreed, as did"
                + " Tory Ada Ruiz's aide, but not Democrat Ada Ruizova.";
        assertEquals(
                List.of(
                        person("Ivo Marsh"),
                        person("Ada Ruiz"),
                        org("Democrats"),
                        org("Republicans"),
                        org("Democrats"),
                        org("Tories")),
                apply(text, person("Ivo Marsh"), person("Ada Ruiz")));
    }

    @Test
    void aSingularOpeningASentenceIsThePartyBeforeATitleOrAPersonsName() {
        String text = "Socialist Prime Minister Ada Quill resigned. Senate Democratic Leader Ivo Brandt and Democratic"
                + " Sens. Eli Marsh and Rosa Dunn objected.\nChristian Democrat Orlov told reporters. Labour"
                + " won. Conservative Nia Pryce was second. Conservative Estimates Ltd agreed.";
        assertEquals(
                List.of(
                        person("Ada Quill"),
                        person("Ivo Brandt"),
                        person("Eli Marsh"),
                        person("Orlov"),
                        person("Nia Pryce"),
                        org("Socialists"),
                        org("Democratic"),
                        org("Democratic"),
                        org("Christian Democrats"),
                        org("Conservatives")),
                apply(
                        text,
                        person("Ada Quill"),
                        person("Ivo Brandt"),
                        person("Eli Marsh"),
                        person("Orlov"),
                        person("Nia Pryce")));
    }

    @Test
    void theLandsEconomiesAndFightersOfADoctrineAreNoParty() {
        String text = "Imports from Communist countries and Socialist\neconomies rose; Communist rebels attacked, and"
                + " the Communist bloc and the Socialist world objected. The Communist government did not.";
        assertEquals(List.of(org("Communists")), apply(text));
    }

    @Test
    void aPartyJoinedToWhatItsMembersDoIsThePartyEvenOpeningASentence() {
        String text = "The Democratic-controlled House voted. Socialist-led councils and a Tory-run county agreed;"
                + " Conservative-leaning voters and an anti-Communist-led group did not.";
        assertEquals(List.of(org("Democratic"), org("Socialists"), org("Tories")), apply(text));
    }

    @Test
    void aMembersPartyReadAsPartOfTheirNameIsThePartyAndThePerson() {
        String text = "Tory Ada Quenby and Tory Ivo Marchant spoke; Mr Marchant left. Green Valley Farms and Democrat"
                + " Harbour Trust did not.";
        assertEquals(
                List.of(
                        org("Tories"),
                        person("Ada Quenby"),
                        org("Tories"),
                        person("Ivo Marchant"),
                        person("Marchant"),
                        person("Green Valley Farms"),
                        org("Democrat Harbour Trust")),
                apply(
                        text,
                        person("Tory Ada Quenby"),
                        org("Tory Ivo Marchant"),
                        person("Marchant"),
                        person("Green Valley Farms"),
                        org("Democrat Harbour Trust")));
    }

    @Test
    void aWordOfALongerNameTheRecognizerFoundIsLeftToIt() {
        String text = "Selma Green MP met Democrats Abroad and the Young Conservatives Trust in Leeds.";
        List<EntityMention> mentions = List.of(
                person("Selma Green"), org("Democrats Abroad"), org("Young Conservatives Trust"), place("Leeds"));
        assertEquals(mentions, apply(text, mentions.toArray(EntityMention[]::new)));
    }

    @Test
    void aSurnameThatIsAlsoAFamilyStaysAPersonWrittenAlone() {
        String text = "Green said the plan would fail.";
        assertEquals(List.of(person("Green")), apply(text, person("Green")));
        assertEquals(List.of(person("Green")), apply("The plan, said Green, would fail.", person("Green")));
    }

    @Test
    void partOfAWordOrAHyphenatedWordIsNoParty() {
        String text = "An anti-Tory mood and Tory-Labour talks; the Conservatives' plan and the Tories\u2019 plan.";
        assertEquals(List.of(org("Conservatives"), org("Tories")), apply(text));
        assertEquals(List.of(org("Lib Dems")), apply("He said: 'Lib Dems, good people, but no.'"), "after a quote");
    }
}
