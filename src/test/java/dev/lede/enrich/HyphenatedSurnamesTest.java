package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatedSurnamesTest {

    @Test
    void twoOneWordPeopleWrittenOnlyJoinedByAHyphenAreOneSurname() {
        String text = "Analyst Neale Tasker-Bowe said so. \"It is sold back,\" Tasker-Bowe said.";
        List<EntityMention> mentions = List.of(person("Tasker"), person("Bowe"), person("Tasker"), person("Bowe"));
        assertEquals(
                List.of(person("Tasker-Bowe"), person("Tasker-Bowe"), person("Tasker-Bowe"), person("Tasker-Bowe")),
                HyphenatedSurnames.apply(text, mentions));
    }

    @Test
    void peopleTheStoryNamesApartOrAPartOfAnotherKindStayAsTheyAre() {
        String pair = "Lena Varga and Tom Hollis met; the Varga-Hollis feud is over.";
        List<EntityMention> people =
                List.of(person("Lena Varga"), person("Tom Hollis"), person("Varga"), person("Hollis"));
        assertEquals(people, HyphenatedSurnames.apply(pair, people));
        String bill = "Prospects for the Dunlow-Fenner farm bill are not good.";
        List<EntityMention> sponsors = List.of(person("Dunlow"), person("Fenner"));
        assertEquals(sponsors, HyphenatedSurnames.apply(bill, sponsors));
        String firm = "Corbin-Fayle said sales rose.";
        List<EntityMention> kinds = List.of(org("Corbin"), person("Fayle"));
        assertEquals(kinds, HyphenatedSurnames.apply(firm, kinds));
    }
}
