package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static final Path SAMPLE_DATA = Path.of("sample-data");

    @Test
    void endsSentencesAtStopsQuestionsAndBlankLinesButNotAtAbbreviationsOrNumbers() {
        String text = "Harbour fees rose 2.5 pct in Feb. after a vote. \"Is that fair?\" asked the mayor. "
                + "Her reply came from the St. Louis office! Talks resume on Monday.\n\nNEW PORT RULES\n\nThe end";

        assertEquals(
                List.of(
                        "Harbour fees rose 2.5 pct in Feb. after a vote. ",
                        "\"Is that fair?\" ",
                        "asked the mayor. ",
                        "Her reply came from the St. ",
                        "Louis office! ",
                        "Talks resume on Monday.\n\n",
                        "NEW PORT RULES\n\n",
                        "The end"),
                sentences(new SentenceBreaks(), text));
    }

    @Test
    void endsSentencesAtFullWidthStopsWithoutSpaceAsTheJdkDoes() {
        String text = "港口今天关闭。明天会开放吗？会的！「他说。」然后";

        List<String> ours = sentences(new SentenceBreaks(), text);

        assertEquals(List.of("港口今天关闭。", "明天会开放吗？", "会的！", "「他说。」", "然后"), ours);
        assertEquals(sentences(BreakIterator.getSentenceInstance(Locale.ROOT), text), ours);
    }

    @Test
    void agreesWithTheJdkSentenceRulesOnNearlyEveryBoundaryWithinTheSampleArticlesParagraphs() throws IOException {
        int both = 0;
        int differing = 0;
        // Blank lines are left out: the JDK runs a headline on into the text below it.
        for (String text : sampleParagraphs()) {
            Set<Integer> jdk = boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text);
            Set<Integer> ours = boundaries(new SentenceBreaks(), text);
            Set<Integer> shared = new HashSet<>(jdk);
            shared.retainAll(ours);
            both += shared.size();
            differing += jdk.size() + ours.size() - 2 * shared.size();
        }

        assertTrue(both > 100, "the sample articles have sentences: " + both);
        double agreement = both / (double) (both + differing);
        assertTrue(agreement >= 0.97, () -> "boundaries shared with the JDK's: " + agreement);
    }

    @Test
    void navigatesItsBoundariesAsTheBreakIteratorContractSays() {
        Random random = new Random(11);
        for (String text : List.of("", "One.", "One. Two? Three!\n\nFour", "no stop at all", "  Lead space. Tail  ")) {
            SentenceBreaks breaks = new SentenceBreaks();
            breaks.setText(text);
            List<Integer> expected = List.copyOf(boundaries(breaks, text));
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(firstAfter(expected, offset), breaks.following(offset), "following " + offset);
                assertEquals(lastBefore(expected, offset), breaks.preceding(offset), "preceding " + offset);
                assertEquals(expected.contains(offset), breaks.isBoundary(offset), "isBoundary " + offset);
            }
            assertEquals(0, breaks.first());
            assertEquals(text.length(), breaks.last());
            assertEquals(BreakIterator.DONE, breaks.next());
            assertEquals(
                    expected.size() > 1 ? expected.get(expected.size() - 2) : BreakIterator.DONE, breaks.previous());
            assertThrows(IllegalArgumentException.class, () -> breaks.following(text.length() + 1 + random.nextInt(3)));
        }
    }

    @Test
    void countsOffsetsFromTheBeginningOfACharacterIterator() {
        String whole = "Skip this. Keep this. And this.";
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(new StringCharacterIterator(whole, 11, whole.length(), 11));

        assertEquals(11, breaks.first());
        assertEquals(22, breaks.next());
        assertEquals(whole.length(), breaks.next());
        assertEquals(22, breaks.preceding(whole.length()));
        assertFalse(breaks.isBoundary(12));
        assertEquals(BreakIterator.DONE, breaks.preceding(11));
    }

    private static List<String> sentences(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    private static Set<Integer> boundaries(BreakIterator breaks, String text) {
        breaks.setText(text);
        Set<Integer> found = new java.util.TreeSet<>();
        for (int boundary = breaks.first(); boundary != BreakIterator.DONE; boundary = breaks.next()) {
            found.add(boundary);
        }
        return found;
    }

    private static int firstAfter(List<Integer> boundaries, int offset) {
        return boundaries.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
    }

    private static int lastBefore(List<Integer> boundaries, int offset) {
        return boundaries.stream()
                .filter(b -> b < offset)
                .reduce((first, second) -> second)
                .orElse(BreakIterator.DONE);
    }

    private static List<String> sampleParagraphs() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE_DATA)) {
            List<String> paragraphs = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                paragraphs.addAll(
                        List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")));
            }
            return paragraphs;
        }
    }
}
