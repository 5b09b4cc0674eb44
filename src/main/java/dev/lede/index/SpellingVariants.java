package dev.lede.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * British and American spellings of one word ("colour" and "color", "organisation" and "organization", "aluminium" and
 * "aluminum"), so that a search finds a story whichever its writer used: a wire's desks write both, and a reader types
 * the one they learnt. Read from {@code spelling-variants.txt}, which {@link SpellingVariantsBuilder} derives from the
 * SCOWL word lists; it is also the SolrCloud configset's synonym file.
 */
public final class SpellingVariants {

    /** The resource, and the file's name in the SolrCloud configset. */
    public static final String FILE = "spelling-variants.txt";

    static final List<String> HEADER = List.of(
            "# British and American spellings of one word, one pair a line (Solr's synonym format).",
            "# Derived by dev.lede.index.SpellingVariantsBuilder from the SCOWL word lists (Debian's wbritish and",
            "# wamerican), Copyright 2000-2011 by Kevin Atkinson; see NOTICE.");

    private static final Map<String, List<String>> VARIANTS = read();

    private SpellingVariants() {}

    /** The other spellings of {@code word} (lower case), none when it has none. */
    public static List<String> of(String word) {
        return VARIANTS.getOrDefault(word, List.of());
    }

    /** Every word that has another spelling, with its others. */
    public static Map<String, List<String>> all() {
        return VARIANTS;
    }

    /** The resource as written, for the SolrCloud configset. */
    public static String fileText() {
        return WordLists.resourceText(FILE);
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> variants = new HashMap<>();
        for (String entry : WordLists.entries(FILE)) {
            String[] pair = entry.split(",");
            variants.computeIfAbsent(pair[0], word -> new ArrayList<>()).add(pair[1]);
            variants.computeIfAbsent(pair[1], word -> new ArrayList<>()).add(pair[0]);
        }
        Map<String, List<String>> fixed = new HashMap<>();
        variants.forEach((word, others) -> fixed.put(word, List.copyOf(others)));
        return Map.copyOf(fixed);
    }
}
