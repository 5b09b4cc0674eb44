package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleMentionsTest {

    @Test
    void aTitleEntityIsKeptWhenTheBodyNamesItInFullOrWithinALongerName() {
        List<EntityMention> title = List.of(person("Putin"), person("Zelenskyy's"), person("Donald Trump"));
        List<EntityMention> body =
                List.of(person("Vladimir Putin"), person("Volodymyr Zelenskyy"), person("Donald Trump"));
        assertEquals(title, TitleMentions.confirmedByBody(title, body));
    }

    @Test
    void aTitleCaseFalseEntityIsDropped() {
        List<EntityMention> title = List.of(org("Trump Reports Calls"), person("Expert Comments"));
        List<EntityMention> body = List.of(person("Trump"), org("Kremlin"));
        assertEquals(List.of(), TitleMentions.confirmedByBody(title, body));
    }

    @Test
    void aTitleEntityOfAnotherKindThanInTheBodyIsDropped() {
        List<EntityMention> title = List.of(org("Trump"));
        assertEquals(List.of(), TitleMentions.confirmedByBody(title, List.of(person("Donald Trump"))));
    }

    @Test
    void withoutBodyEntitiesTheTitleEntitiesAreTakenAsTheyAre() {
        List<EntityMention> title = List.of(person("Putin"), org("NATO"));
        assertEquals(title, TitleMentions.confirmedByBody(title, List.of()));
    }

    @Test
    void theTitleNeedNotBeReadWhenNoWordOfABodyMentionOccursInIt() {
        List<EntityMention> body = List.of(person("Vladimir Putin"), org("Kremlin"));
        assertFalse(TitleMentions.mayBeConfirmed("Oil Prices Rise On Supply Fears", body));
    }

    @Test
    void theTitleIsReadWhenItHoldsAWordOfABodyMentionInAnyCase() {
        List<EntityMention> body = List.of(person("Vladimir Putin"));
        assertTrue(TitleMentions.mayBeConfirmed("PUTIN'S VISIT DELAYED", body));
    }

    @Test
    void theTitleIsReadWhenTheBodyHasNoMentionsSinceThenAllTitleMentionsCount() {
        assertTrue(TitleMentions.mayBeConfirmed("Putin Visits Paris", List.of()));
    }

    @Test
    void aTitleWhoseMentionsTheBodyConfirmsIsNeverSkipped() {
        List<EntityMention> title = List.of(person("Zelenskyy's"), org("U.N."));
        List<EntityMention> body = List.of(person("Volodymyr Zelenskyy"), org("U.N. Security Council"));
        assertEquals(title, TitleMentions.confirmedByBody(title, body));
        assertTrue(TitleMentions.mayBeConfirmed("Zelenskyy's plea to the U.N.", body));
    }

    @Test
    void aPlaceThatAFirmsNameGoesOnFromInAShoutedHeadlineIsNoPlace() {
        List<EntityMention> found = List.of(place("OREGON"), place("NEW HAMPSHIRE"), place("KENT"), org("ACME"));
        assertEquals(
                List.of(org("ACME")),
                TitleMentions.withoutPlacesInFirmNames(
                        "OREGON FIBRE AND PULP CO <ORF>, BANK OF NEW HAMPSHIRE CORP, KENT <KNT> AND ACME MERGE",
                        found));
    }

    @Test
    void aPlaceOfAFirmThatIsNoPartOfItsNameStays() {
        String title = "ACME <ACM> TO BUILD PLANT IN IDAHO, BUYS NEVADA COMPANY, SELLS PERU'S TOLA <TLA>";
        List<EntityMention> found = List.of(place("IDAHO"), place("NEVADA"), place("PERU"));
        assertEquals(found, TitleMentions.withoutPlacesInFirmNames(title, found));
    }

    @Test
    void aPlaceTheHeadlineAlsoNamesOnItsOwnStays() {
        List<EntityMention> found = List.of(place("OHIO"));
        assertEquals(found, TitleMentions.withoutPlacesInFirmNames("OHIO STEEL CO <OSC> TO CLOSE OHIO MILL", found));
    }

    @Test
    void aHeadlineInMixedCaseIsLeftToTheRecognizer() {
        List<EntityMention> found = List.of(place("Oregon"));
        assertEquals(found, TitleMentions.withoutPlacesInFirmNames("Oregon Fibre Co raises its dividend", found));
    }
}
