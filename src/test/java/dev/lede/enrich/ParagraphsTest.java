package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static final String[] PIECES = {
        "a",
        "Word",
        "x",
        " ",
        "  ",
        "\t",
        "\u000B",
        "\f",
        "\u001C",
        "\u2028",
        "\u00A0",
        "\u0085",
        "\r",
        ".",
        "!",
        "?",
        ":",
        ";",
        "\"",
        "'",
        "”",
        "’",
        ")",
        "]",
        "(",
        ",",
        "-",
        "long enough line of words for a wrap "
    };

    /** How {@link Paragraphs#continues} read a line before it read the line's end by hand. */
    private static boolean continuesByPattern(CharSequence previous, String next) {
        String before = previous.toString().strip();
        if (next.isEmpty()
                || Pattern.compile("[.!?:;\"'”’)\\]]$").matcher(before).find()) {
            return false;
        }
        return Character.isLowerCase(next.charAt(0)) || before.length() >= 50;
    }

    @Test
    void linesAreWhatSplittingAtEveryLineBreakGives() {
        Random random = new Random(20261203);
        String[] pieces = {
            "a", "Bc", " ", "\n", "\r", "\r\n", "\n\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\t"
        };
        Pattern lineBreak = Pattern.compile("\\R");
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(10); piece > 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertEquals(
                    List.of(lineBreak.split(written)),
                    List.of(Paragraphs.lines(written)),
                    () -> "[" + written.replace("\r", "\\r").replace("\n", "\\n") + "]");
        }
    }

    @Test
    void aLineGoesOnTheOneBeforeItExactlyWhereThePatternSaidSo() {
        Random random = new Random(20261203);
        String[] nexts = {"", "and", "And", " x", "é"};
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder previous = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                previous.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String next = nexts[random.nextInt(nexts.length)];
            assertEquals(
                    continuesByPattern(previous, next),
                    Paragraphs.continues(previous, next),
                    () -> "[" + previous + "] then [" + next + "]");
        }
    }

    @Test
    void blankLinesAreSkippedAndLinesTrimmed() {
        assertEquals(List.of("Title", "First.", "Second."), Paragraphs.of("Title\n\n  First.  \r\n\nSecond.\n"));
    }

    @Test
    void aLongLineIsCutAtSentenceEndsWithinTheLimit() {
        String sentence = "Putin spoke with Trump for ninety minutes. ";
        List<String> pieces = Paragraphs.of(sentence.repeat(50), 200);
        assertTrue(pieces.size() > 1);
        for (String piece : pieces) {
            assertTrue(piece.length() <= 200, piece);
            assertTrue(piece.endsWith("minutes."), piece);
        }
        assertEquals(sentence.repeat(50).strip(), String.join(" ", pieces));
    }

    @Test
    void aLongLineWithoutSpacesIsCutHard() {
        List<String> pieces = Paragraphs.of("x".repeat(450), 200);
        assertEquals(List.of(200, 200, 50), pieces.stream().map(String::length).toList());
    }

    @Test
    void hardWrappedWireLinesAreJoinedSoANameIsNotCutInTwo() {
        String wire = "The White House said on Tuesday that Chief of Staff Howard\n"
                + "Baker would meet congressional leaders from both parties on\n"
                + "Friday.\n    The talks follow weeks of delay.";
        assertEquals(
                List.of(
                        "The White House said on Tuesday that Chief of Staff Howard Baker would meet congressional"
                                + " leaders from both parties on Friday.",
                        "The talks follow weeks of delay."),
                Paragraphs.of(wire));
    }

    @Test
    void wrapsAreJoinedByASpaceWhileIndentsAndParagraphBreaksStay() {
        String wire =
                "BRANDT SETS BOND\n    Brandt Corp is issuing a 50 mln stg eurobond, joint lead manager Lazenby, \n"
                        + "Corrie Ltd said.\r\n    Shr 22 cts vs 15 cts\n    Net 1,234,000 vs 988,000\n\n";
        assertEquals(
                "BRANDT SETS BOND\n    Brandt Corp is issuing a 50 mln stg eurobond, joint lead manager Lazenby,"
                        + " Corrie Ltd said.\n    Shr 22 cts vs 15 cts\n    Net 1,234,000 vs 988,000",
                Paragraphs.withWrapsJoined(wire));
    }

    @Test
    void theTextWithItsWrapsJoinedHasTheSameParagraphs() {
        Random random = new Random(20261206);
        String[] breaks = {"\n", "\r\n", "\n\n", "\n    ", "\n\t", "\u2028"};
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(16); piece >= 0; piece--) {
                text.append(
                        random.nextInt(3) == 0
                                ? breaks[random.nextInt(breaks.length)]
                                : PIECES[random.nextInt(PIECES.length)]);
            }
            String written = text.toString();
            assertEquals(
                    Paragraphs.of(written),
                    Paragraphs.of(Paragraphs.withWrapsJoined(written)),
                    () -> "[" + written.replace("\r", "\\r").replace("\n", "\\n") + "]");
        }
    }

    @Test
    void aLineWrappedAtAHyphenJoinsTheNextWithoutASpaceUnlessTheHyphenHangs() {
        String wire = "CONGO URGES ARMS HALT\n    Congo's President Denis Sassou-\nNguesso, who chairs the group, said"
                + " talks on the Iran-\n"
                + "Iraq war would resume and that European-\nand Japanese-made arms sales should stop --\nat once.";
        String joined = "Congo's President Denis Sassou-Nguesso, who chairs the group, said talks on the Iran-Iraq war"
                + " would resume and that European- and Japanese-made arms sales should stop -- at once.";
        assertEquals(List.of("CONGO URGES ARMS HALT", joined), Paragraphs.of(wire));
        assertEquals("CONGO URGES ARMS HALT\n    " + joined, Paragraphs.withWrapsJoined(wire));
    }

    @Test
    void aShortLineWithoutAFullStopStaysApartFromTheNext() {
        assertEquals(
                List.of("Trump Reports Calls with Putin", "Donald Trump reported two calls."),
                Paragraphs.of("Trump Reports Calls with Putin\nDonald Trump reported two calls."));
    }

    @Test
    void inWireCopyWithIndentedParagraphsEveryOtherLineBreakIsAWrap() {
        String wire = "West German President Richard von\nWeizsaecker met Argentine leaders.\n"
                + "    Officials welcomed\nthe visit.";
        assertEquals(
                List.of(
                        "West German President Richard von Weizsaecker met Argentine leaders.",
                        "Officials welcomed the visit."),
                Paragraphs.of(wire));
    }

    @Test
    void aFirstLineTheGivenDatelineWasCutFromCountsItsLengthToo() {
        String body = "Harbor Bank Corp said it named Peter\nL. Scott, chairman of Dunmore Industries Inc, to its"
                + "\nboard of directors.";

        assertEquals(
                "Harbor Bank Corp said it named Peter L. Scott, chairman of Dunmore Industries Inc, to its"
                        + "\nboard of directors.",
                Paragraphs.withFirstWrapJoined(body, "BOSTON, March 23"));
        assertEquals(body, Paragraphs.withFirstWrapJoined(body, null));
    }

    @Test
    void aFirstLineEndingASentenceOrBeforeAnIndentStaysApart() {
        String ended = "Harbor Bank Corp raised its rates.\nDunmore Industries Inc cut its dividend.";
        String indented = "Harbor Bank Corp named Peter\n    L. Scott to its board of directors on Tuesday.";

        assertEquals(ended, Paragraphs.withFirstWrapJoined(ended, "BOSTON, March 23"));
        assertEquals(indented, Paragraphs.withFirstWrapJoined(indented, "BOSTON, March 23"));
    }

    @Test
    void aFirstLineTooShortEvenWithItsDatelineOrARowOfATableStaysApart() {
        String figures = "Period ended May 2\nShr loss four cts vs loss three cts";
        String table = "Apr    149.00 149.00 149.25 149.75\nMay    147.75 147.50 147.75 148.00";

        assertEquals(figures, Paragraphs.withFirstWrapJoined(figures, "TORONTO, May 8"));
        assertEquals(table, Paragraphs.withFirstWrapJoined(table, "LONDON, April 7"));
    }
}
