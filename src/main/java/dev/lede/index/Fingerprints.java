package dev.lede.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Near-duplicate fingerprints of article bodies, a pure function of the text: MinHash over word 5-shingles of the
 * normalized body, banded for locality-sensitive hashing. The title, byline and source are left out on purpose, since
 * syndicated copies change exactly those.
 *
 * <p>With 32 bands of 4 hashes, two bodies of estimated Jaccard similarity J share at least one band key with
 * probability 1 − (1 − J⁴)³²: 0.9998 at J = 0.7, 0.99 at 0.6, 0.87 at 0.5, 0.56 at 0.4, 0.003 at 0.1. Changing any
 * constant here changes every fingerprint: bump {@link Schema#VERSION}.
 */
public final class Fingerprints {

    /** Words per shingle: long enough that two different stories on one topic share almost none. */
    public static final int SHINGLE_WORDS = 5;

    public static final int BANDS = 32;
    public static final int ROWS = 4;
    public static final int HASHES = BANDS * ROWS;

    /** Bodies this alike (estimated Jaccard similarity of their shingles) are copies of one story. */
    public static final double MIN_SIMILARITY = 0.7;

    /**
     * A shorter body counts as a copy of a longer one, though less alike overall, when nearly all its shingles are in
     * the longer one ({@link #MIN_CONTAINMENT}): a truncated copy, or a story with a paragraph or two added.
     */
    public static final double MIN_SIMILARITY_WHEN_CONTAINED = 0.4;

    public static final double MIN_CONTAINMENT = 0.9;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long[] SEEDS = seeds();

    private Fingerprints() {}

    /** The fingerprint of a body, or empty when it has fewer than {@link #SHINGLE_WORDS} words to compare. */
    public static Optional<Fingerprint> of(String body) {
        List<String> words = words(body);
        if (words.size() < SHINGLE_WORDS) {
            return Optional.empty();
        }
        long[] shingles = shingleHashes(words);
        int[] minHashes = new int[HASHES];
        Arrays.fill(minHashes, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // 31 bits keep the values non-negative, so a plain int comparison finds the minimum.
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (value < minHashes[i]) {
                    minHashes[i] = value;
                }
            }
        }
        return Optional.of(new Fingerprint(minHashes, shingles.length));
    }

    /** Lower-case words without accents or punctuation, so that re-typeset copies read the same. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_WORD.split(plain))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The distinct hashes of every run of {@link #SHINGLE_WORDS} consecutive words. */
    private static long[] shingleHashes(List<String> words) {
        long[] hashes = new long[words.size() - SHINGLE_WORDS + 1];
        for (int start = 0; start < hashes.length; start++) {
            long hash = 0xcbf29ce484222325L;
            for (int i = start; i < start + SHINGLE_WORDS; i++) {
                String word = words.get(i);
                for (int c = 0; c < word.length(); c++) {
                    hash = (hash ^ word.charAt(c)) * 0x100000001b3L;
                }
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            hashes[start] = mix(hash);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** SplitMix64's finalizer: spreads every input bit over the whole value. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** One fixed seed per hash function, the same in every run and on every machine. */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x4c656465L; // "Lede"
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
