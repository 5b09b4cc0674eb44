package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.DuplicateTestSet.Item;
import dev.lede.index.DuplicateTestSet.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures near-duplicate detection on {@link DuplicateTestSet}, every pair of articles against every other, the way
 * search finds them: a shared band key, then {@link Fingerprint#isDuplicateOf}. Prints the table that EVALUATION.md
 * quotes ("Duplicate stories").
 */
class DuplicateDetectionEvaluationTest {

    private static final List<Variant> COPIES = List.of(
            Variant.EXACT_COPY,
            Variant.NEW_HEADLINE_AND_BYLINE,
            Variant.SENTENCE_REMOVED,
            Variant.SENTENCE_ADDED,
            Variant.WORDS_REPLACED,
            Variant.TRUNCATED);

    private static List<Item> items;
    private static List<Fingerprint> fingerprints;
    private static Map<Variant, int[]> foundPerVariant;
    private static int truePairs;
    private static int detectedPairs;
    private static int correctPairs;
    private static List<String> falsePairs;
    private static double closestDifferentStories;

    @BeforeAll
    static void measure() throws IOException {
        items = DuplicateTestSet.build();
        fingerprints = items.stream()
                .map(item -> Fingerprints.of(item.article().body()).orElseThrow())
                .toList();
        List<Set<String>> bands =
                fingerprints.stream().map(f -> Set.copyOf(f.bandKeys())).toList();
        foundPerVariant = new EnumMap<>(Variant.class);
        falsePairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean same = items.get(i).family().equals(items.get(j).family());
                boolean heavy = items.get(i).variant() == Variant.HEAVY_REWRITE
                        || items.get(j).variant() == Variant.HEAVY_REWRITE;
                boolean found = !Collections.disjoint(bands.get(i), bands.get(j))
                        && fingerprints.get(i).isDuplicateOf(fingerprints.get(j));
                if (!same) {
                    closestDifferentStories = Math.max(
                            closestDifferentStories, fingerprints.get(i).similarity(fingerprints.get(j)));
                }
                if (same && items.get(i).variant() == Variant.ORIGINAL) {
                    int[] counts = foundPerVariant.computeIfAbsent(items.get(j).variant(), v -> new int[2]);
                    counts[0] += found ? 1 : 0;
                    counts[1]++;
                }
                // Heavy rewrites are measured against their original only, and stay out of precision and recall.
                if (heavy) {
                    if (found && !same) {
                        falsePairs.add(describe(i, j));
                    }
                    continue;
                }
                truePairs += same ? 1 : 0;
                detectedPairs += found ? 1 : 0;
                correctPairs += found && same ? 1 : 0;
                if (found && !same) {
                    falsePairs.add(describe(i, j));
                }
            }
        }
        System.out.println(report());
    }

    @Test
    void exactCopiesAndNewHeadlinesAreAllFound() {
        assertEquals(1.0, recall(Variant.EXACT_COPY), report());
        assertEquals(1.0, recall(Variant.NEW_HEADLINE_AND_BYLINE), report());
    }

    @Test
    void lightEditsAreFoundNineTimesInTen() {
        for (Variant variant : List.of(Variant.SENTENCE_REMOVED, Variant.SENTENCE_ADDED, Variant.WORDS_REPLACED)) {
            assertTrue(recall(variant) >= 0.9, variant + "\n" + report());
        }
    }

    @Test
    void truncatedCopiesAreMostlyFound() {
        assertTrue(recall(Variant.TRUNCATED) >= 0.8, report());
    }

    @Test
    void copiesOfOneStoryAreFoundAsPairsAmongEachOther() {
        assertTrue((double) correctPairs / truePairs >= 0.9, report());
    }

    @Test
    void differentStoriesOnTheSameTopicAreNeverPaired() {
        assertEquals(List.of(), falsePairs, report());
    }

    @Test
    void theSetHasTheSameTopicStoriesItClaims() {
        Set<String> topics = new HashSet<>();
        for (Item item : items) {
            String title = item.article().title().toLowerCase(Locale.ROOT);
            if (item.variant() == Variant.ORIGINAL
                    && (title.contains("tram")
                            || title.contains("drought")
                            || title.contains("rains")
                            || title.contains("semiconductor")
                            || title.contains("wafer"))) {
                topics.add(item.family());
            }
        }
        assertTrue(topics.size() >= 8, "same-topic originals: " + topics.size());
    }

    private static double recall(Variant variant) {
        int[] counts = foundPerVariant.get(variant);
        return (double) counts[0] / counts[1];
    }

    private static String describe(int i, int j) {
        return items.get(i).article().id() + " ~ " + items.get(j).article().id() + " ("
                + String.format(Locale.ROOT, "%.2f", fingerprints.get(i).similarity(fingerprints.get(j))) + ")";
    }

    static String report() {
        StringBuilder out = new StringBuilder();
        long originals =
                items.stream().filter(i -> i.variant() == Variant.ORIGINAL).count();
        out.append(String.format(
                Locale.ROOT,
                "%d articles (%d originals × %d variants); %d duplicate pairs (heavy rewrites left out)%n",
                items.size(),
                originals,
                Variant.values().length,
                truePairs));
        out.append("| copy of the original | found | recall |\n| --- | --- | --- |\n");
        for (Variant variant : Variant.values()) {
            int[] counts = foundPerVariant.get(variant);
            if (counts != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d / %d | %.3f |%n",
                        variant.name().toLowerCase(Locale.ROOT),
                        counts[0],
                        counts[1],
                        (double) counts[0] / counts[1]));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "all pairs within a family: precision %.3f (%d / %d), recall %.3f (%d / %d); false pairs: %s%n",
                detectedPairs == 0 ? 1.0 : (double) correctPairs / detectedPairs,
                correctPairs,
                detectedPairs,
                (double) correctPairs / truePairs,
                correctPairs,
                truePairs,
                falsePairs));
        out.append(String.format(
                Locale.ROOT, "highest similarity between different stories: %.3f%n", closestDifferentStories));
        return out.toString();
    }
}
