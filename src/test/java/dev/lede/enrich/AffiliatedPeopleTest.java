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
