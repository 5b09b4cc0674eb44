package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

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
}
