package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegatedNamesTest {

    @Test
    void aNameWrittenAfterNonNamesNothing() {
        String paragraph = "Output of non-ICCO members and non-Velmar firms rose, Orsk said.";
        assertEquals(
                List.of("Orsk"),
                kept(paragraph, span(paragraph, "non-ICCO"), span(paragraph, "Velmar"), span(paragraph, "Orsk")));
    }

    @Test
    void nonWithACapitalNegatesAnAcronymButStartsAName() {
        String paragraph = "Non-US banks lent more; the Non-Aligned Movement met.";
        assertEquals(
                List.of("Non-Aligned Movement"),
                kept(paragraph, span(paragraph, "Non-US"), span(paragraph, "Non-Aligned Movement")));
    }

    @Test
    void nonInsideAWordIsNoNegation() {
        String paragraph = "Canon-Brandt and Zenon-Ilk merged.";
        assertEquals(List.of("Brandt", "Ilk"), kept(paragraph, span(paragraph, "Brandt"), span(paragraph, "Ilk")));
    }

    private static List<String> kept(String paragraph, Span... spans) {
        return NegatedNames.without(paragraph, List.of(spans)).stream()
                .map(span -> span.of(paragraph))
                .toList();
    }

    private static Span span(String paragraph, String written) {
        int start = paragraph.indexOf(written);
        return new Span(EntityKind.ORGANIZATION, start, start + written.length());
    }
}
