package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PossessiveNamesTest {

    @Test
    void aSaintsPlaceCutAtThePossessiveIsReadWholeAsAPlace() {
        String paragraph = "Crowds left St Aidan's Park for St Brigid's Shopping Centre and St Columba's Chapel.";

        assertEquals(
                List.of("PLACE St Aidan's Park", "PLACE St Brigid's Shopping Centre", "PLACE St Columba's Chapel"),
                whole(paragraph, "ORGANIZATION St Aidan", "PLACE St Brigid", "PERSON St Columba"));
    }

    @Test
    void aSaintOwnerWhoseNameEndsInAnSTakesTheBareApostrophe() {
        String paragraph = "The vigil at St Nicholas' Church ended at dawn.";

        assertEquals(List.of("PLACE St Nicholas' Church"), whole(paragraph, "PERSON St Nicholas"));
    }

    @Test
    void oneWordBeforeOneKindWordIsOnePlaceAndASchoolIsAnOrganisation() {
        String paragraph = "They met at Gray's Inn, then drove past Hannah's Quay to Magdalen's College.";

        assertEquals(
                List.of("PLACE Gray's Inn", "PLACE Hannah's Quay", "ORGANIZATION Magdalen's College"),
                whole(paragraph, "ORGANIZATION Gray", "PERSON Hannah", "PERSON Magdalen"));
    }

    @Test
    void aLabelledPartOfTheNameAfterThePossessiveIsTakenIn() {
        String paragraph = "Fans queued outside St Oswald's Park before kick-off.";

        assertEquals(List.of("PLACE St Oswald's Park"), whole(paragraph, "PERSON St Oswald", "PLACE Park"));
    }

    @Test
    void aLabelledNameThatRunsOnPastTheKindWordTakesTheWholeAlong() {
        String paragraph = "The group sold Nora's School of Hair Design Inc and a salon chain.";

        assertEquals(
                List.of("ORGANIZATION Nora's School of Hair Design Inc"),
                whole(paragraph, "PERSON Nora", "ORGANIZATION School of Hair Design Inc"));
    }

    @Test
    void anOwnerOfAPlaceWithANameOfItsOwnStaysApart() {
        String paragraph =
                "Lisbon's Rossio Square filled, Tony Blair's Downing Street said, and Kerr's Park Lane flat sold.";

        assertEquals(
                List.of(
                        "PLACE Lisbon",
                        "PLACE Rossio Square",
                        "PERSON Tony Blair",
                        "PLACE Downing Street",
                        "PERSON Kerr"),
                whole(
                        paragraph,
                        "PLACE Lisbon",
                        "PLACE Rossio Square",
                        "PERSON Tony Blair",
                        "PLACE Downing Street",
                        "PERSON Kerr"));
    }

    @Test
    void aSaintsDayOrAPersonAfterASaintsClubIsNoPlace() {
        String paragraph = "On St Brendan's Day, St Kilda's Jack Riordan scored, and St Mungo's manager left.";

        assertEquals(
                List.of(
                        "ORGANIZATION St Brendan",
                        "ORGANIZATION St Kilda",
                        "PERSON Jack Riordan",
                        "ORGANIZATION St Mungo"),
                whole(
                        paragraph,
                        "ORGANIZATION St Brendan",
                        "ORGANIZATION St Kilda",
                        "PERSON Jack Riordan",
                        "ORGANIZATION St Mungo"));
    }

    @Test
    void theNameAfterThePossessiveStaysOnItsLineAndItsLowerCaseWordsAreNotTaken() {
        String paragraph = "Walkers reached Mary's\nPark, and Tom's park was shut; St Ives' harbour Bridge held.";

        assertEquals(
                List.of("PERSON Mary", "PERSON Tom", "PLACE St Ives"),
                whole(paragraph, "PERSON Mary", "PERSON Tom", "PLACE St Ives"));
    }

    @Test
    void throughTheExtractorTheWholeNameIsThePlaceAndItsOwnerNoPersonOrFirm() {
        Enrichment found = Extractors.forMode(NlpMode.FAST)
                .extract(new Article(
                        "possessive",
                        "Summer crowds",
                        "The senator spent August at Martha's Vineyard with his family. Fans gathered outside"
                                + " St James' Park before the match, and the couple married at St George's Chapel.",
                        null,
                        "test",
                        null,
                        null));

        assertTrue(
                found.places().containsAll(List.of("Martha's Vineyard", "St James' Park", "St George's Chapel")),
                found.toString());
        List<String> others = new ArrayList<>(found.people());
        others.addAll(found.organizations());
        assertTrue(
                others.stream().noneMatch(name -> name.startsWith("Martha") || name.startsWith("St ")),
                found.toString());
    }

    private static List<String> whole(String paragraph, String... labelled) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String label : labelled) {
            String kind = label.substring(0, label.indexOf(' '));
            String written = label.substring(label.indexOf(' ') + 1);
            int start = paragraph.indexOf(written, from);
            if (start < 0) {
                throw new IllegalArgumentException(written + " is not in the paragraph");
            }
            spans.add(new Span(EntityKind.valueOf(kind), start, start + written.length()));
            from = start + written.length();
        }
        return PossessiveNames.whole(paragraph, spans).stream()
                .map(span -> span.kind() + " " + span.of(paragraph))
                .toList();
    }
}
