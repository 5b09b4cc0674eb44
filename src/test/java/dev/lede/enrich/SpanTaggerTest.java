package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {

    @Test
    void aMentionStandsWhereItIsAWholeWordNotInsideAnEarlierLongerOne() {
        String text = "Iraqi troops were fighting in northern Iraq on Saturday.";

        assertEquals(text.lastIndexOf("Iraq"), SpanTagger.indexOfWhole(text, "Iraq", 0));
    }

    @Test
    void aMentionFoundOnlyInsideALongerWordStaysThere() {
        String text = "The Bergamo-based club signed him.";

        assertEquals(4, SpanTagger.indexOfWhole(text, "Bergamo", 0));
        assertEquals(-1, SpanTagger.indexOfWhole(text, "Turin", 0));
    }

    @Test
    void theSearchStartsWhereThePreviousMentionEnded() {
        String text = "Paris and Lyon, then Paris again.";

        assertEquals(text.lastIndexOf("Paris"), SpanTagger.indexOfWhole(text, "Paris", 1));
    }

    @Test
    void everyTaggedSpanCoversItsMentionAsWritten() {
        String text = "Iraqi officials said on Friday that Iranian troops had crossed into northern Iraq overnight.";

        List<SpanTagger.EntitySpan> spans = SpanTagger.load().tag(text);

        assertTrue(
                spans.stream()
                        .anyMatch(span -> span.kind() == EntityKind.PLACE && span.start() == text.lastIndexOf("Iraq")),
                spans.toString());
        for (SpanTagger.EntitySpan span : spans) {
            assertEquals(span.text(), text.substring(span.start(), span.end()));
            assertTrue(span.end() == text.length() || !Character.isLetter(text.charAt(span.end())), span.toString());
        }
    }
}
