package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextWordsTest {

    private static final String[] PIECES = {
        "a",
        "Bo",
        "3-1",
        "1996",
        "x9",
        " ",
        "  ",
        "\t",
        "Longerword",
        "\r",
        "\u000B",
        "\f",
        "\u001C",
        "\u2028",
        "\u00A0",
        "\u2003",
        ".",
        "-",
        "Ölfeld",
        "ab cd ef gh",
        "word "
    };

    /** The words around a span as {@link ContextWords#around} read them before it looked near the span first. */
    private static List<String> wholeLineWords(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, Math.max(lineStart, start)).strip();
        String after =
                text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        List<String> words = new ArrayList<>();
        List<String> left = before.isEmpty() ? List.of() : List.of(before.split("\\s+"));
        List<String> right = after.isEmpty() ? List.of() : List.of(after.split("\\s+"));
        left.subList(Math.max(0, left.size() - 4), left.size())
                .forEach(w -> words.add(w.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#")));
        right.subList(0, Math.min(4, right.size()))
                .forEach(w -> words.add(w.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#")));
        return words;
    }

    @Test
    void theWordsAroundASpanAreThoseOfItsWholeLine() {
        Random random = new Random(20261203);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(160); piece >= 0; piece--) {
                // lines are broken rarely, so that many are longer than the stretch looked at first
                text.append(random.nextInt(60) == 0 ? "\n" : PIECES[random.nextInt(PIECES.length)]);
            }
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String written = text.toString();
            assertEquals(
                    wholeLineWords(written, start, end),
                    ContextWords.around(written, start, end),
                    () -> "[" + written + "] " + start + "–" + end);
        }
    }

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
