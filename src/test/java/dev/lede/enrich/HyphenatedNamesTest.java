package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatedNamesTest {

    @Test
    void aPersonCutAtTheHyphenOfTheirNameIsReadWhole() {
        String text = "Dara Quist-Mbeki met Jean-Luc Ferrand and Ines Okoro-Vale's brother, Tom O'Hare-Lind.";
        assertEquals(
                List.of("Dara Quist-Mbeki", "Jean-Luc Ferrand", "Ines Okoro-Vale", "Tom O'Hare-Lind"),
                whole(
                        text,
                        span(EntityKind.PERSON, text, "Dara Quist"),
                        span(EntityKind.PERSON, text, "Luc Ferrand"),
                        span(EntityKind.PERSON, text, "Ines Okoro"),
                        span(EntityKind.PERSON, text, "Tom O'Hare")));
    }

    @Test
    void aPartTheRecognizerLabelledIsANameOfItsOwn() {
        String text = "The Hale-Brandt ticket beat the Osei-Accra pact.";
        assertEquals(
                List.of("Hale", "Brandt", "Osei", "Accra"),
                whole(
                        text,
                        span(EntityKind.PERSON, text, "Hale"),
                        span(EntityKind.PERSON, text, "Brandt"),
                        span(EntityKind.PERSON, text, "Osei"),
                        span(EntityKind.PLACE, text, "Accra")));
    }

    @Test
    void lowerCaseShortAndNonPersonPartsStayOutside() {
        String text = "Oscar-winning Mira Lund-style jokes, (D-Tex) Carr, Anglo-French and London-based firms.";
        assertEquals(
                List.of("Oscar", "Mira Lund", "Tex", "French", "London"),
                whole(
                        text,
                        span(EntityKind.PERSON, text, "Oscar"),
                        span(EntityKind.PERSON, text, "Mira Lund"),
                        span(EntityKind.PERSON, text, "Tex"),
                        span(EntityKind.PLACE, text, "French"),
                        span(EntityKind.PLACE, text, "London")));
    }

    private static List<String> whole(String paragraph, Span... spans) {
        return HyphenatedNames.whole(paragraph, Arrays.asList(spans)).stream()
                .map(span -> span.of(paragraph))
                .toList();
    }

    private static Span span(EntityKind kind, String paragraph, String written) {
        int start = paragraph.indexOf(written);
        if (start < 0) {
            throw new IllegalArgumentException(written + " is not in the paragraph");
        }
        return new Span(kind, start, start + written.length());
    }
}
