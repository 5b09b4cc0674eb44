package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.DuplicateTestSet.Item;
import dev.lede.index.DuplicateTestSet.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Of the 987 pairs within a family, how many more or fewer one method may find: 1 %. */
    private static final int MAX_FOUND_DIFFERENCE = 10;

    private static Estimates lede;
    private static Estimates lucene;
    private static double largestDisagreement;

    /** A signature with its band keys, the way search compares two articles. */
    private record Signed(Fingerprint fingerprint, Set<String> bands) {
        static Signed of(Fingerprint fingerprint) {
            return new Signed(fingerprint, Set.copyOf(fingerprint.bandKeys()));
        }

        double similarity(Signed other) {
            return fingerprint.similarity(other.fingerprint);
        }

        boolean isDuplicateOf(Signed other) {
            return !Collections.disjoint(bands, other.bands) && fingerprint.isDuplicateOf(other.fingerprint);
        }
    }

    /** What one method estimates and detects over all pairs of the test set. */
    private static final class Estimates {
        final String name;
        double lowestCopy = 1;
        double highestDifferentStory;
        double worstError;
        double errorSum;
        int pairs;
        int familyPairs;
        int familyPairsFound;
        int falsePairs;

        Estimates(String name) {
            this.name = name;
        }

        void add(Item first, Item second, Signed a, Signed b, double exact) {
            boolean sameFamily = first.family().equals(second.family());
            boolean heavy = first.variant() == Variant.HEAVY_REWRITE || second.variant() == Variant.HEAVY_REWRITE;
            double estimate = a.similarity(b);
            if (sameFamily && isCopyOfOriginal(first, second)) {
                lowestCopy = Math.min(lowestCopy, estimate);
            } else if (!sameFamily) {
                highestDifferentStory = Math.max(highestDifferentStory, estimate);
            }
            worstError = Math.max(worstError, Math.abs(estimate - exact));
            errorSum += Math.abs(estimate - exact);
            pairs++;
            boolean found = a.isDuplicateOf(b);
            falsePairs += found && !sameFamily ? 1 : 0;
            if (sameFamily && !heavy) {
                familyPairs++;
                familyPairsFound += found ? 1 : 0;
            }
        }

        double meanError() {
            return errorSum / pairs;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-13s lowest copy %.3f, highest different story %.3f, error vs exact: mean %.4f, worst %.3f;"
                            + " family pairs found %d / %d, false pairs %d",
                    name,
                    lowestCopy,
                    highestDifferentStory,
                    meanError(),
                    worstError,
                    familyPairsFound,
                    familyPairs,
                    falsePairs);
        }
    }

    @BeforeAll
    static void measure() throws IOException {
        List<Item> items = DuplicateTestSet.build();
        List<String> bodies = items.stream().map(item -> item.article().body()).toList();
        List<Set<String>> shingles =
                bodies.stream().map(MinHashFilterComparisonTest::shingles).toList();
        List<Signed> ours = bodies.stream()
                .map(body -> Signed.of(Fingerprints.of(body).orElseThrow()))
                .toList();
        // The filter gives no shingle count, which containment needs: the exact count stands in for it.
        List<Signed> theirs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            theirs.add(Signed.of(MinHashFilterSignatures.fingerprint(
                    bodies.get(i), shingles.get(i).size())));
        }
        lede = new Estimates("Fingerprints");
        lucene = new Estimates("MinHashFilter");
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                double exact = jaccard(shingles.get(i), shingles.get(j));
                lede.add(items.get(i), items.get(j), ours.get(i), ours.get(j), exact);
                lucene.add(items.get(i), items.get(j), theirs.get(i), theirs.get(j), exact);
                largestDisagreement = Math.max(
                        largestDisagreement,
                        Math.abs(ours.get(i).similarity(ours.get(j))
                                - theirs.get(i).similarity(theirs.get(j))));
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
    void bothFindTheSameCopiesWithoutAFalsePair() {
        assertEquals(0, lede.falsePairs, lede.toString());
        assertEquals(0, lucene.falsePairs, lucene.toString());
        assertTrue(
                Math.abs(lede.familyPairsFound - lucene.familyPairsFound) <= MAX_FOUND_DIFFERENCE, lucene.toString());
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
