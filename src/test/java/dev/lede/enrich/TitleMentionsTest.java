package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleMentionsTest {

    private static EntityMention person(String text) {
        return new EntityMention(EntityKind.PERSON, text);
    }

    private static EntityMention organization(String text) {
        return new EntityMention(EntityKind.ORGANIZATION, text);
    }

    @Test
    void aTitleEntityIsKeptWhenTheBodyNamesItInFullOrWithinALongerName() {
        List<EntityMention> title = List.of(person("Putin"), person("Zelenskyy's"), person("Donald Trump"));
        List<EntityMention> body =
                List.of(person("Vladimir Putin"), person("Volodymyr Zelenskyy"), person("Donald Trump"));
        assertEquals(title, TitleMentions.confirmedByBody(title, body));
    }

    @Test
    void aTitleCaseFalseEntityIsDropped() {
        List<EntityMention> title = List.of(organization("Trump Reports Calls"), person("Expert Comments"));
        List<EntityMention> body = List.of(person("Trump"), organization("Kremlin"));
        assertEquals(List.of(), TitleMentions.confirmedByBody(title, body));
    }

    @Test
    void aTitleEntityOfAnotherKindThanInTheBodyIsDropped() {
        List<EntityMention> title = List.of(organization("Trump"));
        assertEquals(List.of(), TitleMentions.confirmedByBody(title, List.of(person("Donald Trump"))));
    }

    @Test
    void withoutBodyEntitiesTheTitleEntitiesAreTakenAsTheyAre() {
        List<EntityMention> title = List.of(person("Putin"), organization("NATO"));
        assertEquals(title, TitleMentions.confirmedByBody(title, List.of()));
    }

    @Test
    void theTitleNeedNotBeReadWhenNoWordOfABodyMentionOccursInIt() {
        List<EntityMention> body = List.of(person("Vladimir Putin"), organization("Kremlin"));
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
        List<EntityMention> title = List.of(person("Zelenskyy's"), organization("U.N."));
        List<EntityMention> body = List.of(person("Volodymyr Zelenskyy"), organization("U.N. Security Council"));
        assertEquals(title, TitleMentions.confirmedByBody(title, body));
        assertTrue(TitleMentions.mayBeConfirmed("Zelenskyy's plea to the U.N.", body));
    }
}
