package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedMarksTest {

    @Test
    void aQuotedWordIsMarkedAsWrittenOnlyNotInTheOtherFormsOfItsStem() {
        QuotedMarks quoted = QuotedMarks.of("\"goods\" trade");

        assertTrue(quoted.restricts());
        assertEquals(
                "A good year: <mark>goods</mark> and <mark>trade</mark> grew, <mark>Goods</mark>&#x27; prices too.",
                quoted.unmark("A <mark>good</mark> year: <mark>goods</mark> and <mark>trade</mark> grew,"
                        + " <mark>Goods</mark>&#x27; prices too."));
    }

    @Test
    void anotherSpellingOfTheQuotedWordIsMarkedToo() {
        QuotedMarks quoted = QuotedMarks.of("\"organisations\"");

        assertTrue(quoted.allows("organizations"));
        assertTrue(quoted.allows("Organisations"));
        assertFalse(quoted.allows("organisation"));
    }

    @Test
    void theSameWordTypedBareOrExcludedOrUnchangedByStemmingRestrictsNothing() {
        assertFalse(QuotedMarks.of("goods \"goods\"").restricts(), "typed bare, every form is found");
        assertFalse(QuotedMarks.of("\"goods\" \"sporting goods\"").restricts(), "so in a phrase of several words");
        assertFalse(QuotedMarks.of("good -\"goods\"").restricts(), "excluded, nothing is marked for it");
        assertFalse(QuotedMarks.of("\"good\"").restricts(), "as written is its stem: every form is found");
        assertFalse(QuotedMarks.of("person:\"Ann Goods\"").restricts());
        assertFalse(QuotedMarks.of("goods").restricts());
    }

    @Test
    void thePassagesShownAreTheFirstSentencesThatKeepAMark() {
        QuotedMarks quoted = QuotedMarks.of("\"futures\"");

        assertEquals(
                List.of("Crude <mark>futures</mark> rose.", "&quot;<mark>Futures</mark> fell!&quot;"),
                quoted.best(
                        List.of(
                                "The <mark>future</mark> of oil. Crude <mark>futures</mark> rose. A bright"
                                        + " <mark>future</mark>.",
                                "&quot;<mark>Futures</mark> fell!&quot; Then <mark>futures</mark> again."),
                        2));
        assertEquals(
                List.of("The future of oil. A bright future."),
                quoted.best(List.of("The <mark>future</mark> of oil. A bright <mark>future</mark>.", "More."), 2),
                "none keeps a mark: the first passage as it is");
    }
}
