package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
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
}
