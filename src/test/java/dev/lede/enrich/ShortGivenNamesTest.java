package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortGivenNamesTest {

    @Test
    void aNameAfterAShortGivenNameTakesItBackAndTheShortNameAloneGoes() {
        String text = "Harlow Inc said its Chas. P. Morton Co unit was sold. Chas. P. Morton Co makes forms.";

        assertEquals(
                List.of(org("Harlow Inc"), org("Chas. P. Morton Co"), org("Chas. P. Morton Co")),
                ShortGivenNames.apply(
                        text,
                        List.of(
                                org("Harlow Inc"),
                                person("Chas"),
                                org("P. Morton Co"),
                                person("Chas."),
                                org("P. Morton Co"))));
    }

    @Test
    void aPersonsNameWrappedBetweenItsShortGivenNameAndInitialIsReadWhole() {
        String text = "The chairman, Geo.\nA. Brindle, said sales grew.";

        assertEquals(
                List.of(person("Geo. A. Brindle")),
                ShortGivenNames.apply(text, List.of(person("Geo"), person("A. Brindle"))));
    }

    @Test
    void anInitialAfterAnyOtherWordIsLeftAlone() {
        String text = "Shares of Harlow Inc rose. P. Morton Co said it was pleased. Chas said nothing.";
        List<EntityMention> mentions = List.of(org("Harlow Inc"), org("P. Morton Co"), person("Chas"));

        assertEquals(mentions, ShortGivenNames.apply(text, mentions));
    }
}
