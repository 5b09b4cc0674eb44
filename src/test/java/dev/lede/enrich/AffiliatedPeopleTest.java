package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffiliatedPeopleTest {

    @Test
    void aPersonOfAFirmLabelledAsOneOrganisationIsThePersonAndTheFirm() {
        assertEquals(
                List.of(place("Boston"), person("Linda Marsh"), org("Keller Hart Securities Inc")),
                AffiliatedPeople.apply(List.of(place("Boston"), org("Linda Marsh of Keller Hart Securities Inc"))));
        assertEquals(
                List.of(person("Gary R. Tate"), org("Brant Capital Ltd")),
                AffiliatedPeople.apply(List.of(org("Gary R. Tate of Brant Capital Ltd"))));
    }

    @Test
    void theStoryNamingTheFirmOrThePersonElsewhereIsEnough() {
        assertEquals(
                List.of(person("Paul Dent"), org("Ridley"), org("Ridley Motors")),
                AffiliatedPeople.apply(List.of(org("Paul Dent of Ridley"), org("Ridley Motors"))));
        assertEquals(
                List.of(person("Paul Dent"), org("Agri Trends"), person("Dent")),
                AffiliatedPeople.apply(List.of(org("Paul Dent of Agri Trends"), person("Dent"))));
    }

    @Test
    void aPersonsSpanRunningOnOverOfIsThePersonAndTheFirmOnlyWhereTheStorySaysSo() {
        assertEquals(
                List.of(person("Nora Bright"), org("Halden Brothers"), org("Halden Brothers Inc")),
                AffiliatedPeople.apply(List.of(person("Nora Bright of Halden Brothers"), org("Halden Brothers Inc"))));
        assertEquals(
                List.of(person("Lloyd Bentsen"), place("Texas")),
                AffiliatedPeople.apply(List.of(person("Lloyd Bentsen of Texas"), place("Texas"))));
        List<EntityMention> notAName = List.of(person("Queen of the Sky"), person("Mary Queen of Scots"));
        assertEquals(notAName, AffiliatedPeople.apply(notAName));
    }

    @Test
    void anOrganisationRunOnIntoAPersonTheStoryNamesElsewhereIsTheTwo() {
        assertEquals(
                List.of(org("BBC"), person("Michael Howard"), person("Michael Howard")),
                AffiliatedPeople.apply(List.of(org("BBC Michael Howard"), person("Michael Howard"))));
        assertEquals(
                List.of(org("Bank of England"), person("Robin Leigh-Pemberton"), person("Leigh-Pemberton")),
                AffiliatedPeople.apply(
                        List.of(org("Bank of England Robin Leigh-Pemberton"), person("Leigh-Pemberton"))));
    }

    @Test
    void aFirmNamedAfterPeopleOrATitleEndingInANameStaysWhole() {
        List<EntityMention> unnamedElsewhere = List.of(org("CB Richard Ellis"), org("Morgan Stanley Dean Witter"));
        assertEquals(unnamedElsewhere, AffiliatedPeople.apply(unnamedElsewhere));
        List<EntityMention> fromAGivenName = List.of(org("John Paul Richards"), person("Paul Richards"));
        assertEquals(fromAGivenName, AffiliatedPeople.apply(fromAGivenName));
        List<EntityMention> aTitle = List.of(org("Life & Death of Peter Sellers"), person("Peter Sellers"));
        assertEquals(aTitle, AffiliatedPeople.apply(aTitle));
    }

    @Test
    void anOrganisationWhoseNameHasOfStaysWhole() {
        List<EntityMention> mentions = List.of(
                org("Franklin Group of Funds Inc"),
                org("Mary Queen of Scots Ltd"),
                org("Royal Bank of Scotland"),
                org("Douglas Aircraft of Canada"),
                org("Walter Reed of the ratings agency"),
                org("Paul Dent of Agri Trends"));
        assertEquals(mentions, AffiliatedPeople.apply(mentions));
    }
}
