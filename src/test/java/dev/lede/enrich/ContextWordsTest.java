package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextWordsTest {

    @Test
    void aNameBrokenOverALineIsFoundWhereItIsAndTheMentionsAfterItToo() {
        String text = "The House Farm\n    Committee heard Nora\nBell. Bell of the GAO spoke. The House Farm Committee"
                + " and the GAO met.";
        List<EntityMention> mentions = List.of(
                org("House Farm Committee"),
                person("Nora Bell"),
                person("Bell"),
                org("GAO"),
                org("House Farm Committee"),
                org("GAO"));
        int[] starts = ContextWords.starts(text, mentions);
        assertArrayEquals(
                new int[] {
                    text.indexOf("House"),
                    text.indexOf("Nora"),
                    text.indexOf("Bell of"),
                    text.indexOf("GAO"),
                    text.lastIndexOf("House"),
                    text.lastIndexOf("GAO")
                },
                starts);
        assertEquals(text.indexOf(" heard"), ContextWords.end(text, starts[0], "House Farm Committee"));
    }

    @Test
    void aMentionNotWrittenInTheTextIsNotFoundAndMovesNothing() {
        String text = "Ada Lutz met Omar Diaz.";
        List<EntityMention> mentions = List.of(person("Ada Lutz"), person("Ada Lu"), person("Omar Diaz"));
        assertArrayEquals(new int[] {0, -1, 13}, ContextWords.starts(text, mentions));
        assertEquals(-1, ContextWords.end(text, 0, "Ada  Lutz x"));
    }
}
