package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommaFirmsTest {

    @Test
    void aSurnameBeforeACommaAndTheRestOfAFirmsNameIsThatFirm() {
        assertEquals(
                List.of(org("Harrow, Pell Ltd"), org("Bundesbank")),
                CommaFirms.apply(
                        "Lead manager Harrow, Pell Ltd priced the bonds for the Bundesbank.",
                        List.of(person("Harrow"), org("Pell Ltd"), org("Bundesbank"))));
    }

    @Test
    void theFirmIsJoinedBackAlongEveryCommaAndOverInitials() {
        assertEquals(
                List.of(org("J.K. Marlow, Finch, Tully Inc")),
                CommaFirms.apply(
                        "shares were sold through J.K. Marlow, Finch, Tully Inc on Monday",
                        List.of(person("J.K. Marlow"), person("Finch"), org("Tully Inc"))));
    }

    @Test
    void aPossessiveAListOfStoresOrAPersonNamedInFullStayApart() {
        List<EntityMention> possessive = List.of(person("Harrow"), org("Pell Ltd"));
        assertEquals(possessive, CommaFirms.apply("said Harrow, Pell Ltd's chairman.", possessive));
        List<EntityMention> stores = List.of(org("Lord"), person("Taylor"), org("May Co"));
        assertEquals(stores, CommaFirms.apply("opened by Lord and Taylor, May Co and others", stores));
        List<EntityMention> fullName = List.of(person("Anna Harrow"), org("Pell Ltd"));
        assertEquals(fullName, CommaFirms.apply("said Anna Harrow, Pell Ltd chairman", fullName));
    }

    @Test
    void aFirmListedAfterAnotherFirmIsStillJoined() {
        assertEquals(
                List.of(org("Marsh and Sons Inc"), org("Harrow, Pell Ltd")),
                CommaFirms.apply(
                        "led by Marsh and Sons Inc and Harrow, Pell Ltd",
                        List.of(org("Marsh and Sons Inc"), person("Harrow"), org("Pell Ltd"))));
    }
}
