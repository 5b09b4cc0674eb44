package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedNicknamesTest {

    @Test
    void theGivenNameAndTheNicknameAreThePersonNamedByGivenNameAndSurname() {
        String text = "The bank fired its dealer, Anselm \"Buzz\" Vollrath. Buzz Vollrath denied it; Buzz left.";
        List<EntityMention> mentions =
                List.of(person("Anselm"), person("Buzz"), person("Vollrath"), person("Buzz Vollrath"), person("Buzz"));
        assertEquals(
                List.of(
                        person("Anselm Vollrath"),
                        person("Anselm Vollrath"),
                        person("Vollrath"),
                        person("Anselm Vollrath"),
                        person("Anselm Vollrath")),
                QuotedNicknames.apply(text, mentions));
    }

    @Test
    void curlyAndSingleQuotesMarkANicknameToo() {
        String text = "Rap mogul Dorian \u201cTank\u201d Alvey met Karim 'Zizo' Hadad.";
        List<EntityMention> mentions =
                List.of(person("Dorian"), person("Alvey"), person("Karim"), person("Zizo"), person("Hadad"));
        assertEquals(
                List.of(
                        person("Dorian Alvey"),
                        person("Alvey"),
                        person("Karim Hadad"),
                        person("Karim Hadad"),
                        person("Hadad")),
                QuotedNicknames.apply(text, mentions));
    }

    @Test
    void aWordBeforeTheQuotesThatIsNoGivenNameNamesNobody() {
        String text = "The \"Special\" One arrived; the Americanised \"Jimmy\" Bond stayed at Harwell \"Gold\" Mines.";
        List<EntityMention> mentions =
                List.of(person("Special One"), person("Jimmy Bond"), org("Harwell"), person("Gold"));
        assertEquals(mentions, QuotedNicknames.apply(text, mentions));
    }

    @Test
    void aNicknameOfTwoPeopleIsLeftAlone() {
        String text = "Tomas \"Red\" Lindqvist and Marco \"Red\" Pavan met.";
        List<EntityMention> mentions = List.of(person("Tomas"), person("Red"), person("Marco"), person("Pavan"));
        assertEquals(
                List.of(person("Tomas Lindqvist"), person("Red"), person("Marco Pavan"), person("Pavan")),
                QuotedNicknames.apply(text, mentions));
    }
}
