package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.enrich.places.EndAnchored;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotPeopleContextsEndAnchoredTest {

    /** In a fixed order, so that each pattern gets the same samples in every run. */
    private static final List<Map.Entry<String, EndAnchored>> PATTERNS = List.of(
            Map.entry("firm", NotPeopleContexts.FIRM_BEFORE),
            Map.entry("outlet", NotPeopleContexts.OUTLET_BEFORE),
            Map.entry("the", NotPeopleContexts.THE_BEFORE),
            Map.entry("work", NotPeopleContexts.WORK_BEFORE),
            Map.entry("band", NotPeopleContexts.BAND_BEFORE),
            Map.entry("title of", NotPeopleContexts.TITLE_OF_BEFORE),
            Map.entry("issue manager", NotPeopleContexts.ISSUE_MANAGER_BEFORE));

    private static final String[] WORDS = {
        "analysts",
        "economist",
        "dealer",
        "bankers",
        "shares",
        "stock",
        "stake",
        "brokers",
        "brokerage",
        "broking",
        "firm",
        "house",
        "investment",
        "banks",
        "bank",
        "underwriter",
        "auditors",
        "Analyst",
        "Strategists",
        "Smith",
        "Jones",
        "of",
        "at",
        "with",
        "from",
        "in",
        "According",
        "according",
        "to",
        "reported",
        "Reported",
        "by",
        "the",
        "The",
        "bathe",
        "film",
        "movie",
        "soap",
        "album",
        "roles",
        "role",
        "starring",
        "stars",
        "appearance",
        "performances",
        "band",
        "Minister",
        "Bank",
        "manager",
        "Managers",
        "co-manager",
        "lead",
        "sole",
        "was",
        "x",
        "é"
    };
    private static final String[] BLANKS = {
        " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u3000", ""
    };
    private static final String[] ENDS = {"", "", " x", ",", "."};

    private static String sample(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "(");
        for (int word = random.nextInt(3); word >= 0; word--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(BLANKS[random.nextInt(BLANKS.length)]);
        }
        return text.append(WORDS[random.nextInt(WORDS.length)])
                .append(BLANKS[random.nextInt(BLANKS.length)])
                .append(ENDS[random.nextInt(ENDS.length)])
                .toString();
    }

    @Test
    void eachQuickCheckSaysNoOnlyWhereItsPatternFindsNothing() {
        for (Map.Entry<String, EndAnchored> entry : PATTERNS) {
            Random random = new Random(20261203);
            EndAnchored anchored = entry.getValue();
            int found = 0;
            for (int sample = 0; sample < 200_000; sample++) {
                String before = sample(random);
                if (anchored.pattern().matcher(before).find()) {
                    found++;
                    assertTrue(anchored.mayMatch(before), () -> entry.getKey() + " missed [" + before + "]");
                    assertTrue(anchored.find(before));
                } else {
                    assertFalse(anchored.find(before), () -> entry.getKey() + " found in [" + before + "]");
                }
            }
            assertTrue(found > 30, entry.getKey() + ": too few samples the pattern finds: " + found);
        }
    }

    @Test
    void aWindowEndingOnNoneOfTheWordsIsNotTried() {
        EndAnchored band = EndAnchored.of("\\bband\\h+$", "band");
        assertTrue(band.mayMatch("the rock BAND\u00A0"));
        assertFalse(band.mayMatch("the rock group "));
    }
}
