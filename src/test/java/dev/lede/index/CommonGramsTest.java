package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of common grams: adjacent pairs with a common word, the words as the analyzer leaves them. */
class CommonGramsTest {

    @Test
    void theListHoldsFrequentNewsWordsAsTheAnalyzerStemsThem() {
        assertTrue(CommonGrams.isCommon("said"));
        assertTrue(CommonGrams.isCommon("year"));
        assertTrue(CommonGrams.isCommon("has"), "kept whole by the stem step, where Porter's stem is 'ha'");
        assertFalse(CommonGrams.isCommon("ha"));
        assertTrue(CommonGrams.isCommon("use"), "'used', 'using', no longer the stem 'us' of the pronoun");
        assertFalse(CommonGrams.isCommon("refineri"));
        char[] buffer = "xxsaidxx".toCharArray();
        assertTrue(CommonGrams.isCommon(buffer, 2, 4));
        assertFalse(CommonGrams.isCommon(buffer, 3, 3), "aid");
    }

    @Test
    void everyAdjacentPairWithACommonWordIsAGramAndRarePairsNone() {
        List<String> terms = List.of("refineri", "said", "would", "reopen");
        assertEquals(
                List.of("refineri said", "said would", "would reopen"),
                CommonGrams.grams(terms, new int[] {0, 1, 2, 3}));
        assertEquals(List.of(), CommonGrams.grams(List.of("copper", "refineri"), new int[] {0, 1}));
    }

    @Test
    void wordsAPositionApartAreNotAdjacent() {
        // "Bank of England": "of" is dropped, so a phrase "bank england" does not match there, nor does a gram.
        List<String> terms = List.of("bank", "england", "said");
        assertEquals(List.of("england said"), CommonGrams.grams(terms, new int[] {0, 2, 3}));
        assertEquals(
                List.of("said would"),
                CommonGrams.grams(List.of("refineri", "said", "would", "reopen"), new int[] {0, 2, 3, 5}));
    }
}
