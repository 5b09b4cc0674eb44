package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PossessiveFirmsTest {

    @Test
    void aFirmWrittenWithAPossessiveBeforeAVerbOrAClauseMarkKeepsIt() {
        String text = "Fitch's cut the rating on Tuesday. Later Bradbury's said sales rose, and Hobson's, which owns"
                + " the chain, agreed. Analysts at Fitch's were surprised.";

        assertEquals(
                List.of("Fitch's", "Bradbury's", "Hobson's"),
                PossessiveFirms.restore(text, List.of("Fitch", "Bradbury", "Hobson")));
    }

    @Test
    void aFirmWhoseFullNameTheStoryWritesWithThePossessiveKeepsItInItsShortName() {
        String text = "Harlow's Investors Service Inc lowered the debt. Harlow's cut the rating by two notches.";

        assertEquals(
                List.of("Harlow's Investors Service Inc", "Harlow's"),
                PossessiveFirms.restore(text, List.of("Harlow's Investors Service Inc", "Harlow")));
    }

    @Test
    void aNameBeforeAnotherThatHasNoLegalFormOrAManyWordNameMayOwnIt() {
        String text = "Members of the Tarrant Party's National Board met. Wexley's Student Union sold out. The Tarrant"
                + " Party's vote held and Wexley's hall filled.";

        assertEquals(
                List.of("Tarrant Party", "Wexley"),
                PossessiveFirms.restore(
                                text,
                                List.of(
                                        "Tarrant Party",
                                        "Wexley",
                                        "Tarrant Party's National Board",
                                        "Wexley's Student Union"))
                        .subList(0, 2));
    }

    @Test
    void aFirmWrittenOnceWithoutThePossessiveIsNamedWithout() {
        String text = "Kestrel said profits rose. Kestrel's shares climbed, and Kestrel's, analysts said, would gain.";

        assertEquals(List.of("Kestrel"), PossessiveFirms.restore(text, List.of("Kestrel")));
    }

    @Test
    void aPossessiveThatOnlyEverOwnsSomethingIsNoPartOfTheName() {
        String text = "Ardent's profits rose. Ardent's chief executive left, and Ardent's shares fell 3 pct.";

        assertEquals(List.of("Ardent"), PossessiveFirms.restore(text, List.of("Ardent")));
    }

    @Test
    void aListOfOwnersIsNoList() {
        String text = "Tolland's, Marrow's and Quill's sales all fell in the quarter.";

        assertEquals(
                List.of("Tolland", "Marrow", "Quill"),
                PossessiveFirms.restore(text, List.of("Tolland", "Marrow", "Quill")));
    }

    @Test
    void aNameEndingInSOrWrittenInsideAnotherWordIsLeftAlone() {
        String text = "Reuters' reporter said so. Fitchburg's council said it would vote.";

        assertEquals(List.of("Reuters", "Fitch"), PossessiveFirms.restore(text, List.of("Reuters", "Fitch")));
    }
}
