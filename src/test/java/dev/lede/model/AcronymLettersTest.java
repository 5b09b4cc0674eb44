package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymLettersTest {

    private static final Set<String> MINOR = Set.of("of", "and", "on", "ltd");

    private static boolean spells(String acronym, String name) {
        return AcronymLetters.spells(acronym, List.of(name.split(" ")), MINOR);
    }

    @Test
    void eachWordGivesItsFirstLetterAndMaybeTheNextOnesOrLaterConsonants() {
        assertTrue(spells("NYMEX", "new york mercantile exchange"), "the letters that follow");
        assertTrue(spells("CCTV", "china central television"), "a consonant further on");
        assertTrue(spells("ICCO", "international cocoa organization"));
        assertFalse(spells("OAPEC", "organization of petroleum exporting countries"), "a vowel from inside");
        assertFalse(spells("IEA", "international energy"), "every letter comes from a word");
        assertFalse(spells("IC", "international cocoa organization"), "every word gives one");
    }

    @Test
    void aNameThatSpellsAnAcronymHoldsItsLettersInOrder() {
        assertTrue(AcronymLetters.hasLettersInOrder("ICCO", "International Cocoa Organization"));
        assertFalse(AcronymLetters.hasLettersInOrder("ICCO", "International Coffee Organization"));
        for (String name : List.of("new york mercantile exchange", "international coffee organization", "un")) {
            List<String> words = List.of(name.split(" "));
            if (AcronymLetters.spells("NYMEX", words, MINOR)) {
                assertTrue(AcronymLetters.hasLettersInOrder("NYMEX", name), name);
            }
        }
    }

    @Test
    void aMinorWordGivesItsFirstLetterOrNone() {
        assertTrue(spells("UNCTAD", "united nations conference on trade and development"));
        assertTrue(spells("BIL", "brierley investments ltd"));
        assertTrue(spells("BI", "brierley investments ltd"));
        assertFalse(spells("BOFI", "brierley of investments"), "a minor word gives one letter at most");
    }

    @Test
    void theShorterInitialsKeepTheFirstLetterAndLeaveSomeOthersOut() {
        assertEquals(Set.of("ic", "io", "icc", "ico"), AcronymLetters.shorterInitials("ICCO"));
        assertEquals(Set.of(), AcronymLetters.shorterInitials("UN"), "two letters: none shorter that has two");
    }
}
