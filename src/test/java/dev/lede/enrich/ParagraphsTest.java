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
}
