package dev.lede.index;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long[] SEEDS = seeds();

    private Fingerprints() {}

    /** The fingerprint of a body, or empty when it has fewer than {@link #SHINGLE_WORDS} words to compare. */
    public static Optional<Fingerprint> of(String body) {
        long[] shingles = shingleHashes(plain(body));
        if (shingles.length == 0) {
            return Optional.empty();
        }
        int[] minHashes = new int[HASHES];
        Arrays.fill(minHashes, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            // Branch-free over a primitive array, so the JIT can run the hash functions side by side in vector lanes.
            for (int i = 0; i < HASHES; i++) {
                // 31 bits keep the values non-negative, so a plain int comparison finds the minimum.
                minHashes[i] = Math.min(minHashes[i], (int) (mix(shingle ^ SEEDS[i]) >>> 33));
            }
        }
        return Optional.of(new Fingerprint(minHashes, shingles.length));
    }

    /** The words of a body as fingerprints read them (plain, split as {@link #wordBounds}), for measuring them. */
    static List<String> words(String body) {
        String plain = plain(body);
        int[] bounds = wordBounds(plain);
        List<String> words = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            words.add(plain.substring(bounds[i], bounds[i + 1]));
        }
        return words;
    }

    /**
     * Lower case without accents or compatibility forms, so that re-typeset copies read the same; ASCII text, most of a
     * news archive, only needs lower-casing.
     */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String unaccented = isAscii(text)
                ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                        .replaceAll("");
        return unaccented.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Start and end of each word (a run of letters and numbers, as {@code [\p{L}\p{N}]+}), flat: s0, e0, s1, e1, … */
    private static int[] wordBounds(String text) {
        int[] bounds = new int[16];
        int count = 0;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean inWord = isLetterOrNumber(codePoint);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                bounds = addWord(bounds, count, start, i);
                count += 2;
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            bounds = addWord(bounds, count, start, text.length());
            count += 2;
        }
        return Arrays.copyOf(bounds, count);
    }

    private static int[] addWord(int[] bounds, int count, int start, int end) {
        int[] room = count + 2 <= bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
        room[count] = start;
        room[count + 1] = end;
        return room;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * The distinct hashes of every run of {@link #SHINGLE_WORDS} consecutive words of the plain text, sorted; none
     * when it has fewer words.
     */
    private static long[] shingleHashes(String plain) {
        int[] bounds = wordBounds(plain);
        int words = bounds.length / 2;
        if (words < SHINGLE_WORDS) {
            return new long[0];
        }
        char[] stream = wordStream(plain, bounds);
        int[] starts = wordStarts(bounds);
        long[] hashes = new long[words - SHINGLE_WORDS + 1];
        int first = 0;
        // Four shingles at a time: each FNV-1a chain waits on its multiply, so independent chains side by side keep
        // the core busy; the result is the same as hashing each shingle alone.
        for (; first + 4 <= hashes.length; first += 4) {
            fnv4(stream, starts, first, hashes);
        }
        for (; first < hashes.length; first++) {
            hashes[first] = mix(fnv(stream, starts[first], starts[first + SHINGLE_WORDS], FNV_OFFSET));
        }
        Arrays.sort(hashes);
        return distinctOfSorted(hashes);
    }

    /** The words one after another, each followed by a space: a shingle is then one run of this array. */
    private static char[] wordStream(String plain, int[] bounds) {
        int length = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            length += bounds[i + 1] - bounds[i] + 1;
        }
        char[] stream = new char[length];
        int at = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            plain.getChars(bounds[i], bounds[i + 1], stream, at);
            at += bounds[i + 1] - bounds[i];
            stream[at++] = ' ';
        }
        return stream;
    }

    /** Where each word starts in {@link #wordStream}, plus the stream's end. */
    private static int[] wordStarts(int[] bounds) {
        int[] starts = new int[bounds.length / 2 + 1];
        for (int w = 0; w < bounds.length / 2; w++) {
            starts[w + 1] = starts[w] + bounds[2 * w + 1] - bounds[2 * w] + 1;
        }
        return starts;
    }

    /** The hashes of the four shingles from {@code first} on, their common length hashed side by side. */
    private static void fnv4(char[] stream, int[] starts, int first, long[] hashes) {
        int s0 = starts[first];
        int s1 = starts[first + 1];
        int s2 = starts[first + 2];
        int s3 = starts[first + 3];
        int common = Integer.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            common = Math.min(common, starts[first + k + SHINGLE_WORDS] - starts[first + k]);
        }
        long h0 = FNV_OFFSET;
        long h1 = FNV_OFFSET;
        long h2 = FNV_OFFSET;
        long h3 = FNV_OFFSET;
        for (int i = 0; i < common; i++) {
            h0 = (h0 ^ stream[s0 + i]) * FNV_PRIME;
            h1 = (h1 ^ stream[s1 + i]) * FNV_PRIME;
            h2 = (h2 ^ stream[s2 + i]) * FNV_PRIME;
            h3 = (h3 ^ stream[s3 + i]) * FNV_PRIME;
        }
        long[] heads = {h0, h1, h2, h3};
        for (int k = 0; k < 4; k++) {
            int shingle = first + k;
            hashes[shingle] = mix(fnv(stream, starts[shingle] + common, starts[shingle + SHINGLE_WORDS], heads[k]));
        }
    }

    /** FNV-1a over {@code stream[from, to)}, continuing from {@code hash}. */
    private static long fnv(char[] stream, int from, int to, long hash) {
        long h = hash;
        for (int i = from; i < to; i++) {
            h = (h ^ stream[i]) * FNV_PRIME;
        }
        return h;
    }

    private static long[] distinctOfSorted(long[] sorted) {
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
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
