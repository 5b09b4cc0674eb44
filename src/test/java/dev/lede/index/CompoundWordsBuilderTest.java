package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompoundWordsBuilderTest {

    /** One pair, and words that look like one but for the prefix, the rest's length, a stop word, a missing rest. */
    private static final Set<String> WORDS = Set.of(
            "pretax",
            "tax",
            "overall",
            "all",
            "resign",
            "sign",
            "midst",
            "st",
            "antiwith",
            "with",
            "subpar",
            "transalpine");

    @Test
    void aWordJoinedAfterAPrefixIsPairedWithTheTwoHyphenated() {
        assertEquals(
                List.of("nonperforming,non-performing", "pretax,pre-tax", "semiannual,semi-annual"),
                pairs(Set.of("pretax", "tax", "nonperforming", "performing", "semiannual", "annual")));
    }

    @Test
    void onlyAPrefixBeforeAWordOfThreeLettersOrMoreThatIsNoStopWordMakesAPair() {
        assertEquals(List.of("pretax,pre-tax"), pairs(WORDS));
    }

    private static List<String> pairs(Set<String> words) {
        return CompoundWordsBuilder.pairs(words).stream()
                .map(pair -> pair[0] + "," + pair[1])
                .toList();
    }
}
