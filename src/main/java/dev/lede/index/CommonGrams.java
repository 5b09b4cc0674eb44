package dev.lede.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Common grams: each pair of adjacent words of title and body with a {@linkplain #isCommon common word} in it, indexed
 * as one term of the field {@link Schema#COMMON_GRAMS}. A phrase such as "would from" then needs the articles holding
 * the term "would from", a short list, instead of reading the positions of two words found in most articles. Every
 * article also gets {@link #MARKER}, so a search can tell that a snapshot holds the grams of all its articles.
 *
 * <p>Words are the terms {@link Schema#analyzer()} makes (stems, stop words gone); two words are adjacent when their
 * positions follow each other, which is exactly when an exact phrase of the two matches there. The same rule makes
 * the grams of an article and those a phrase needs ({@link #grams}).
 */
public final class CommonGrams {

    /** Indexed once in every article, to tell an index whose articles all have their grams. */
    public static final String MARKER = "\u0001";

    private static final char SEPARATOR = ' ';
    private static final CommonWords COMMON = new CommonWords(load());

    private CommonGrams() {}

    /** Whether {@code stem} (a term of title or body) is one of the common words. */
    public static boolean isCommon(String stem) {
        return COMMON.contains(stem.toCharArray(), 0, stem.length());
    }

    /** Whether the term {@code chars[offset, offset + length)} is one of the common words. */
    public static boolean isCommon(char[] chars, int offset, int length) {
        return COMMON.contains(chars, offset, length);
    }

    /** The gram term of two adjacent stems, as indexed. */
    public static String gram(String first, String second) {
        return first + SEPARATOR + second;
    }

    /**
     * The grams of terms at these positions, in order: one per pair at adjacent positions with a common word, each of
     * several terms at one position (an acronym kept with points too) paired with each at the next.
     */
    public static List<String> grams(List<String> terms, int[] positions) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size() && positions[j] <= positions[i] + 1; j++) {
                if (positions[j] == positions[i] + 1 && (isCommon(terms.get(i)) || isCommon(terms.get(j)))) {
                    grams.add(gram(terms.get(i), terms.get(j)));
                }
            }
        }
        return grams;
    }

    /** The common words, looked up from a slice of a term buffer without making a string of it. */
    private static final class CommonWords {
        private final char[][] table;

        CommonWords(Set<String> words) {
            table = new char[Math.max(16, Integer.highestOneBit(words.size() * 4))][];
            for (String word : words) {
                int slot = slot(word.toCharArray(), 0, word.length());
                while (table[slot] != null) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = word.toCharArray();
            }
        }

        boolean contains(char[] chars, int offset, int length) {
            for (int slot = slot(chars, offset, length); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
                if (Arrays.equals(table[slot], 0, table[slot].length, chars, offset, offset + length)) {
                    return true;
                }
            }
            return false;
        }

        private int slot(char[] chars, int offset, int length) {
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + chars[i];
            }
            return (hash ^ (hash >>> 16)) & (table.length - 1);
        }
    }

    private static Set<String> load() {
        var stream = Objects.requireNonNull(
                CommonGrams.class.getResourceAsStream("common-words.txt"), "common-words.txt is missing");
        Set<String> words = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
