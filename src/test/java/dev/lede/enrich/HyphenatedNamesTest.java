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
        assertEquals(
                List.of("Dara Quist-Mbeki", "Jean-Luc Ferrand", "Ines Okoro-Vale", "Tom O'Hare-Lind"),
                whole(
                        "Dara Quist-Mbeki met Jean-Luc Ferrand and Ines Okoro-Vale's brother, Tom O'Hare-Lind.",
                        "PERSON Dara Quist",
                        "PERSON Luc Ferrand",
                        "PERSON Ines Okoro",
                        "PERSON Tom O'Hare"));
    }

    @Test
    void aPartTheRecognizerLabelledIsANameOfItsOwn() {
        assertEquals(
                List.of("Hale", "Brandt", "Osei", "Accra"),
                whole(
                        "The Hale-Brandt ticket beat the Osei-Accra pact.",
                        "PERSON Hale",
                        "PERSON Brandt",
                        "PERSON Osei",
                        "PLACE Accra"));
    }

    @Test
    void twoLabelledPartsAreOnePersonWhenOneOfThemIsAFullName() {
        assertEquals(
                List.of("Lena Marsh-Tolley", "Anne-Marie Kouassi", "Wrenfield", "Odum"),
                whole(
                        "Lena Marsh-Tolley and Anne-Marie Kouassi backed the Wrenfield-Odum plan.",
                        "PERSON Lena Marsh",
                        "PERSON Tolley",
                        "PERSON Anne",
                        "PERSON Marie Kouassi",
                        "PERSON Wrenfield",
                        "PERSON Odum"));
    }

    @Test
    void aFullNameBeforeAHyphenAndAOneWordOrganisationIsOnePerson() {
        assertEquals(
                List.of("Corin Ashby-Vance", "Ada Kell", "BBC", "Hollin", "Tarrant"),
                whole(
                        "Corin Ashby-Vance scored; the Ada Kell-BBC row and the Hollin-Tarrant merger went on.",
                        "PERSON Corin Ashby",
                        "ORGANIZATION Vance",
                        "PERSON Ada Kell",
                        "ORGANIZATION BBC",
                        "PERSON Hollin",
                        "ORGANIZATION Tarrant"));
    }

    @Test
    void twoFullNamesOrAPlaceAcrossAHyphenStayApart() {
        assertEquals(
                List.of("Tara Wendt", "Hal Ossory", "Ivo Brandt", "Leeds"),
                whole(
                        "The Tara Wendt-Hal Ossory race; Ivo Brandt-Leeds.",
                        "PERSON Tara Wendt",
                        "PERSON Hal Ossory",
                        "PERSON Ivo Brandt",
                        "PLACE Leeds"));
    }

    @Test
    void lowerCaseShortAndNonPersonPartsStayOutside() {
        assertEquals(
                List.of("Oscar", "Mira Lund", "Tex", "French", "London"),
                whole(
                        "Oscar-winning Mira Lund-style jokes, (D-Tex) Carr, Anglo-French and London-based firms.",
                        "PERSON Oscar",
                        "PERSON Mira Lund",
                        "PERSON Tex",
                        "PLACE French",
                        "PLACE London"));
    }

    /** The spans' texts once made whole; each labelled span is its kind, a space and the text it covers. */
    private static List<String> whole(String paragraph, String... labelled) {
        List<Span> spans = Arrays.stream(labelled)
                .map(span ->
                        span(paragraph, span.substring(0, span.indexOf(' ')), span.substring(span.indexOf(' ') + 1)))
                .toList();
        return HyphenatedNames.whole(paragraph, spans).stream()
                .map(span -> span.of(paragraph))
                .toList();
    }

    private static Span span(String paragraph, String kind, String written) {
        int start = paragraph.indexOf(written);
        if (start < 0) {
            throw new IllegalArgumentException(written + " is not in the paragraph");
        }
        return new Span(EntityKind.valueOf(kind), start, start + written.length());
    }
}
