package dev.lede.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words given a stem of their own where Porter's stemmer joins them to words of no kin: "news" is no form of "new",
 * "generous" and "generation" none of "general", "quite" none of "quit", "used" none of "us". Title and body are
 * searched by their stems, so without these a search for "news" found every story saying "new". Each word of the list
 * has its family's stem ("generated", "generation" → "generate"), which the stemmer then leaves as it is; a word not in
 * it is stemmed as before. Read from {@code stem-overrides.txt}, which {@link StemOverridesBuilder} derives from the
 * SCOWL word lists and WordNet; it is also the SolrCloud configset's dictionary for the same step.
 */
public final class StemOverrides {

    /** The resource, and the file's name in the SolrCloud configset. */
    public static final String FILE = "stem-overrides.txt";

    static final String SEPARATOR = "\t";

    static final List<String> HEADER = List.of(
            "# Words given the stem of their own family where Porter's stem joins them to words of no kin, one a line:",
            "# the word, a tab, its stem (the format of Solr's StemmerOverrideFilterFactory).",
            "# Derived by dev.lede.index.StemOverridesBuilder from the SCOWL word lists (Debian's wbritish and",
            "# wamerican), Copyright 2000-2011 by Kevin Atkinson, and WordNet 3.0, Copyright 2006 by Princeton",
            "# University; see NOTICE.");

    private StemOverrides() {}

    /** The resource as written, for the SolrCloud configset. */
    public static String fileText() {
        return WordLists.resourceText(FILE);
    }

    /** Each word of the list with its stem. */
    public static Map<String, String> stems() {
        return Read.STEMS;
    }

    /** The resource, read when first asked for, so that {@link StemOverridesBuilder} can write it anew. */
    private static final class Read {
        static final Map<String, String> STEMS = read();

        private static Map<String, String> read() {
            Map<String, String> stems = new LinkedHashMap<>();
            for (String line : WordLists.entries(FILE)) {
                String[] wordAndStem = line.split(SEPARATOR);
                stems.put(wordAndStem[0], wordAndStem[1]);
            }
            return Map.copyOf(stems);
        }
    }
}
