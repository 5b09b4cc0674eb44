package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year or week a date without one is put in, on tokens tagged by hand ("said/VBD"). */
class DateTenseTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.parse("2025-02-13");

    /** Tokens from "word/TAG" pairs; a word without a tag is left untagged, as words outside a cue window are. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            CoreLabel token = new CoreLabel();
            int slash = pair.lastIndexOf('/');
            token.setWord(slash > 0 ? pair.substring(0, slash) : pair);
            if (slash > 0) {
                token.setTag(pair.substring(slash + 1));
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static String dateOf(String tagged, int first, int last, String resolved) {
        return DateTense.dateOf(tokens(tagged), first, last, resolved, PUBLISHED);
    }

    @Test
    void aPastVerbBeforeAWeekdayBeatsAModalAfterIt() {
        assertEquals("2025-02-10", dateOf("said/VBD on/IN Monday/NNP it/PRP would/MD sell/VB", 2, 2, "2025-02-17"));
        assertEquals(
                "2025-02-17",
                dateOf("would/MD resume/VB on/IN Monday/NNP ,/, officials/NNS said/VBD", 3, 3, "2025-02-10"));
    }

    @Test
    void aWeekdayWithNoTenseWordIsTheNearerOne() {
        assertEquals("2025-02-15", dateOf("a/DT vote/NN on/IN Saturday/NNP", 3, 3, "2025-02-08"));
        assertEquals("2025-02-10", dateOf("the/DT Monday/NNP meeting/NN", 1, 1, "2025-02-17"));
    }

    @Test
    void theAttributionPastACommaIsNotTheDatesTense() {
        assertEquals("2025-03-17", dateOf("expected/VBN March/NNP 17/CD ,/, it/PRP said/VBD", 1, 2, "2024-03-17"));
    }

    @Test
    void aModalBeforeHaveLooksBack() {
        assertEquals("2025-01", dateOf("in/IN January/NNP than/IN might/MD have/VB been/VBN", 1, 1, "2025-01"));
    }

    @Test
    void aModalAfterAMonthAloneIsNotItsTenseButOneBeforeItIs() {
        assertEquals("2025-01", dateOf("the/DT deficit/NN in/IN January/NNP could/MD not/RB be/VB", 3, 3, "2026-01"));
        assertEquals("2026-01", dateOf("it/PRP will/MD report/VB in/IN January/NNP", 4, 4, "2025-01"));
    }

    @Test
    void lastAndNextSkipTheMonthOfPublication() {
        assertEquals("2024-02", dateOf("ended/VBD last/JJ February/NNP", 1, 2, "2024-02"));
        assertEquals("2025-01", dateOf("ended/VBD last/JJ January/NNP", 1, 2, "2024-01"));
        assertEquals("2026-02", dateOf("until/IN next/JJ February/NNP", 1, 2, "2026-02"));
        assertEquals("2024-01", dateOf("from/IN 3,400/CD last/JJ January/NNP", 2, 3, "2024-01"));
    }

    @Test
    void aDayThatTheYearTheTenseChoosesLacksKeepsSutimesReading() {
        assertEquals(
                "2028-02-29",
                dateOf("until/IN next/JJ February/NNP 29/CD", 1, 3, "2028-02-29"),
                "the next February, 2026, has no 29th");
        assertEquals("1992-05-14", dateOf("due/JJ May/NNP 14/CD ,/, 1992/CD", 1, 4, "1992-05-14"));
    }
}
