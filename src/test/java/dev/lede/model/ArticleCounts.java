package dev.lede.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many articles use each name, as the variant rules take them, written in a test as name, count, name, count. */
final class ArticleCounts {

    private ArticleCounts() {}

    static Map<String, Long> of(Object... namesAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            counts.put((String) namesAndCounts[i], ((Integer) namesAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
