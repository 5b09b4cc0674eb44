package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.DuplicateTestSet.Item;
import dev.lede.index.DuplicateTestSet.Variant;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lede's {@link Fingerprints} against Lucene's {@code MinHashFilter} ({@link MinHashFilterSignatures}) on
 * {@link DuplicateTestSet}: both estimate the Jaccard similarity of every pair of articles, and each estimate is
 * checked against the exact similarity of the two bodies' shingle sets. Prints the figures that EVALUATION.md quotes
 * ("Lucene's MinHashFilter").
 */
class MinHashFilterComparisonTest {

    /** The copies detection must find: all but the original itself and the heavy rewrite. */
    private static final Set<Variant> COPIES =
            EnumSet.complementOf(EnumSet.of(Variant.ORIGINAL, Variant.HEAVY_REWRITE));

    /** The worst error of a 128-value estimate seen on this test set, with room: see EVALUATION.md. */
    private static final double MAX_ERROR = 0.2;

    private static final double MAX_MEAN_ERROR = 0.03;

    /** Two independent 128-value estimates of one similarity differ by up to about twice one's error. */
    private static final double MAX_DISAGREEMENT = 0.25;

    private static Estimates lede;
    private static Estimates lucene;
    private static double largestDisagreement;

    /** What one method estimates over all pairs of the test set. */
    private static final class Estimates {
        final String name;
        double lowestCopy = 1;
        double highestDifferentStory;
        double worstError;
        double errorSum;
        int pairs;

        Estimates(String name) {
            this.name = name;
        }

        void add(boolean copy, boolean sameFamily, double estimate, double exact) {
            if (copy) {
                lowestCopy = Math.min(lowestCopy, estimate);
            } else if (!sameFamily) {
                highestDifferentStory = Math.max(highestDifferentStory, estimate);
            }
            worstError = Math.max(worstError, Math.abs(estimate - exact));
            errorSum += Math.abs(estimate - exact);
            pairs++;
        }

        double meanError() {
            return errorSum / pairs;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-15s lowest copy %.3f, highest different story %.3f, error vs exact: mean %.4f, worst %.3f",
                    name,
                    lowestCopy,
                    highestDifferentStory,
                    meanError(),
                    worstError);
        }
    }

    @BeforeAll
    static void measure() throws IOException {
        List<Item> items = DuplicateTestSet.build();
        List<String> bodies = items.stream().map(item -> item.article().body()).toList();
        List<Fingerprint> fingerprints =
                bodies.stream().map(body -> Fingerprints.of(body).orElseThrow()).toList();
        List<List<String>> signatures =
                bodies.stream().map(MinHashFilterSignatures::of).toList();
        List<Set<String>> shingles =
                bodies.stream().map(MinHashFilterComparisonTest::shingles).toList();
        lede = new Estimates("Fingerprints");
        lucene = new Estimates("MinHashFilter");
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean sameFamily = items.get(i).family().equals(items.get(j).family());
                boolean copy = sameFamily && isCopyOfOriginal(items.get(i), items.get(j));
                double exact = jaccard(shingles.get(i), shingles.get(j));
                double ours = fingerprints.get(i).similarity(fingerprints.get(j));
                double theirs = MinHashFilterSignatures.similarity(signatures.get(i), signatures.get(j));
                lede.add(copy, sameFamily, ours, exact);
                lucene.add(copy, sameFamily, theirs, exact);
                largestDisagreement = Math.max(largestDisagreement, Math.abs(ours - theirs));
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d pairs%n%s%n%s%n", items.size(), lede.pairs, lede, lucene);
        System.out.printf(Locale.ROOT, "largest disagreement between the two estimates: %.3f%n", largestDisagreement);
    }

    private static boolean isCopyOfOriginal(Item a, Item b) {
        return (a.variant() == Variant.ORIGINAL && COPIES.contains(b.variant()))
                || (b.variant() == Variant.ORIGINAL && COPIES.contains(a.variant()));
    }

    /** The body's word 5-shingles as Fingerprints reads them: the exact sets both signatures estimate. */
    private static Set<String> shingles(String body) {
        List<String> words = Fingerprints.words(body);
        Set<String> shingles = new HashSet<>();
        for (int start = 0; start + Fingerprints.SHINGLE_WORDS <= words.size(); start++) {
            shingles.add(String.join(" ", words.subList(start, start + Fingerprints.SHINGLE_WORDS)));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String shingle : a) {
            shared += b.contains(shingle) ? 1 : 0;
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    @Test
    void bothSeparateEveryCopyFromEveryOtherStory() {
        for (Estimates estimates : List.of(lede, lucene)) {
            assertTrue(estimates.highestDifferentStory < estimates.lowestCopy, estimates.toString());
            assertTrue(
                    estimates.highestDifferentStory < Fingerprints.MIN_SIMILARITY_WHEN_CONTAINED, estimates.toString());
        }
    }

    @Test
    void bothEstimateTheExactSimilarityWithinTheMeasuredError() {
        for (Estimates estimates : List.of(lede, lucene)) {
            assertTrue(estimates.worstError <= MAX_ERROR, estimates.toString());
            assertTrue(estimates.meanError() <= MAX_MEAN_ERROR, estimates.toString());
        }
    }

    @Test
    void theTwoEstimatesAgreeWithinTwiceTheMeasuredError() {
        assertTrue(largestDisagreement <= MAX_DISAGREEMENT, "largest disagreement " + largestDisagreement);
    }
}
