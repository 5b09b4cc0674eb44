package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegalFormPeopleTest {

    @Test
    void aPersonWhoseNameEndsInALegalFormIsTheFirm() {
        assertEquals(
                List.of(org("Sara Lee Corp"), org("John Mowlem Plc"), org("Harlow Bros Co.")),
                LegalFormPeople.asFirms(
                        List.of(person("Sara Lee Corp"), person("John Mowlem Plc"), person("Harlow Bros Co."))));
    }

    @Test
    void theFirmsNameWithoutItsLegalFormIsTheFirmTooButOneWordMayBeTheFounder() {
        assertEquals(
                List.of(
                        org("Sara Lee Corp"),
                        org("Sara Lee"),
                        org("Asea Brown Boveri Ltd"),
                        org("Brown Boveri"),
                        person("Lee"),
                        person("Anna Lee")),
                LegalFormPeople.asFirms(List.of(
                        person("Sara Lee Corp"),
                        person("Sara Lee"),
                        person("Asea Brown Boveri Ltd"),
                        person("Brown Boveri"),
                        person("Lee"),
                        person("Anna Lee"))));
    }

    @Test
    void otherNamesStayAsTheyAre() {
        List<EntityMention> mentions =
                List.of(person("Sara Lee"), person("Rob Da Bank"), person("Inc"), place("Ashford Co"));
        assertEquals(mentions, LegalFormPeople.asFirms(mentions));
    }
}
