package dev.lede.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms that take more than the first letter of some words of their name: "NYMEX" (New York Mercantile Exchange),
 * "TAZARA" (Tanzania-Zambia Railway Authority), "CCTV" (China Central Television), "ICCO" (International Cocoa
 * Organization). Each word gives the acronym its first letter and maybe more: the letters that follow it ("Mer" of
 * "Mercantile", "Ex" of "Exchange") or consonants further on ("V" of "Television", "B" of "Planbureau"), never a vowel
 * from the middle of the word, so "OAPEC" (the Arab countries' organisation) is not spelled by "Organisation of
 * Petroleum Exporting Countries".
 */
final class AcronymLetters {

    private static final String VOWELS = "aeiouy";

    private AcronymLetters() {}

    /**
     * The first letters of the names that could spell the acronym so, in lower case: the acronym's letters with some
     * left out, its first kept, two letters at least ("icco" → "ico", "icc", "ic", …).
     */
    static Set<String> shorterInitials(String acronym) {
        String letters = acronym.toLowerCase(Locale.ROOT);
        int rest = letters.length() - 1;
        Set<String> initials = new LinkedHashSet<>();
        for (int kept = 1; kept < (1 << rest) - 1; kept++) {
            StringBuilder out = new StringBuilder().append(letters.charAt(0));
            for (int i = 0; i < rest; i++) {
                if ((kept & (1 << i)) != 0) {
                    out.append(letters.charAt(i + 1));
                }
            }
            initials.add(out.toString());
        }
        return initials;
    }

    /**
     * Whether the name holds the acronym's letters in order, in any case: a test of every name with the right initials
     * cheap enough to run before {@link #spells}, which it must pass.
     */
    static boolean hasLettersInOrder(String acronym, String name) {
        int at = 0;
        for (int i = 0; i < name.length() && at < acronym.length(); i++) {
            if (Character.toLowerCase(name.charAt(i)) == Character.toLowerCase(acronym.charAt(at))) {
                at++;
            }
        }
        return at == acronym.length();
    }

    /**
     * Whether the words, in lower case and in order, each give the acronym one or more of its letters as above; a word
     * of {@code letterless} (a minor word, a legal form) gives it its first letter or none ("and" the "A" of "UNCTAD",
     * United Nations Conference on Trade and Development; "Ltd" the "L" of "BIL", Brierley Investments Ltd).
     */
    static boolean spells(String acronym, List<String> words, Set<String> letterless) {
        return spellsFrom(acronym.toLowerCase(Locale.ROOT), 0, words, 0, letterless);
    }

    private static boolean spellsFrom(String letters, int at, List<String> words, int word, Set<String> letterless) {
        if (word == words.size()) {
            return at == letters.length();
        }
        String spelling = words.get(word);
        if (letterless.contains(spelling)) {
            return spellsFrom(letters, at, words, word + 1, letterless)
                    || at < letters.length()
                            && letters.charAt(at) == spelling.charAt(0)
                            && spellsFrom(letters, at + 1, words, word + 1, letterless);
        }
        for (int end = at + 1; end <= letters.length(); end++) {
            if (!isPartOf(letters.substring(at, end), spelling)) {
                return false; // a longer part starts with this one, so it is no part either
            }
            if (spellsFrom(letters, end, words, word + 1, letterless)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPartOf(String part, String word) {
        if (word.isEmpty() || part.charAt(0) != word.charAt(0)) {
            return false;
        }
        if (word.startsWith(part)) {
            return true;
        }
        int from = 1;
        for (int i = 1; i < part.length(); i++) {
            char letter = part.charAt(i);
            from = word.indexOf(letter, from) + 1;
            if (VOWELS.indexOf(letter) >= 0 || from == 0) {
                return false;
            }
        }
        return true;
    }
}
