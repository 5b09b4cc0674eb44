package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The opening of an article for an export's column: one line, whole words, at most 200 characters and an ellipsis. */
class SnippetTest {

    @Test
    void aShortBodyIsTrimmedWithEachRunOfBlanksAndLineBreaksAsOneSpace() {
        assertEquals(
                "Harbour tram gets two more trams.", Snippet.opening("  Harbour tram\n\n gets \t two more trams.\r\n"));
        assertEquals("", Snippet.opening(" \n "));
        assertEquals("", Snippet.opening(null));
    }

    @Test
    void aLongBodyIsCutAfterTheLastWholeWordThatFits() {
        String word = "harbour ";
        String body = word.repeat(40);
        String opening = Snippet.opening(body);
        assertEquals("harbour ".repeat(25).strip() + "…", opening);
        assertEquals(199 + 1, opening.length());
    }

    @Test
    void aBodyWithoutSpacesIsCutAtTheLimit() {
        assertEquals("x".repeat(200) + "…", Snippet.opening("x".repeat(500)));
    }

    @Test
    void spacesOtherThanBlanksAndLineBreaksAreKeptInsideAndTrimmedAtTheEnds() {
        assertEquals("a\u2003b", Snippet.opening("\u2003a\u2003b\u2003"));
        assertEquals("a \u00A0b", Snippet.opening("a \n\u00A0b"));
    }

    @Test
    void everyOpeningIsTheTrimmedHeadWithItsWhitespaceCollapsedThenCut() {
        Random random = new Random(57);
        String[] pieces = {"a", "word", "Longerword", " ", "  ", "\n", "\t", "\r\n", "\u2003", "\u00A0", ".", "é"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(1_200);
            while (body.length() < length) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byRegularExpression(body.toString()), Snippet.opening(body.toString()), body.toString());
        }
    }

    /** The definition, as a regular expression over the head of the body. */
    private static String byRegularExpression(String body) {
        String head = body.length() > 4 * Snippet.MAX_LENGTH ? body.substring(0, 4 * Snippet.MAX_LENGTH) : body;
        String text = head.strip().replaceAll("\\s+", " ");
        if (text.length() <= Snippet.MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', Snippet.MAX_LENGTH);
        return text.substring(0, cut > 0 ? cut : Snippet.MAX_LENGTH) + "…";
    }
}
