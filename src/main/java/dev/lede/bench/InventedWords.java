package dev.lede.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pronounceable made-up words built from syllables, so a generated corpus owes no text to any real one. Earlier words
 * are shorter, like the frequent words of a language.
 */
final class InventedWords {

    private static final String[] ONSETS = {
        "b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j", "k", "l", "m", "n",
        "p", "pl", "pr", "r", "s", "sh", "sl", "sp", "st", "t", "th", "tr", "v", "w", "z"
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "ou", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "rt", "ng"};

    private InventedWords() {}

    /** {@code count} distinct lower-case words, the same ones for the same seed. */
    static List<String> words(int count, SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            int syllables = 1 + Math.min(3, words.size() * 4 / Math.max(1, count) + random.nextInt(2));
            words.add(word(syllables, random));
        }
        return new ArrayList<>(words);
    }

    /** {@code count} distinct capitalised names of one or two syllables plus a coda. */
    static List<String> names(int count, SplittableRandom random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(capitalised(word(2 + random.nextInt(2), random)));
        }
        return new ArrayList<>(names);
    }

    static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String word(int syllables, SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(ONSETS, random)).append(pick(VOWELS, random));
        }
        return word.append(pick(CODAS, random)).toString();
    }

    private static String pick(String[] choices, SplittableRandom random) {
        return choices[random.nextInt(choices.length)];
    }
}
