package dev.lede.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words written joined or hyphenated ("pretax" and "pre-tax", "nonperforming" and "non-performing", "semiannual" and
 * "semi-annual"), so that a search finds a story whichever way its writer wrote the word: the tokenizer reads a
 * hyphenated word as two, so without this the joined word never finds the hyphenated one. Read from {@code
 * compound-words.txt}, which {@link CompoundWordsBuilder} derives from the SCOWL word lists; it is also a SolrCloud
 * configset's synonym file.
 */
public final class CompoundWords {

    /** The resource, and the file's name in the SolrCloud configset. */
    public static final String FILE = "compound-words.txt";

    static final List<String> HEADER = List.of(
            "# Words written joined or with a hyphen after a prefix, one pair a line (Solr's synonym format).",
            "# Derived by dev.lede.index.CompoundWordsBuilder from the SCOWL word lists (Debian's wbritish-huge",
            "# and wamerican-huge), Copyright 2000-2011 by Kevin Atkinson; see NOTICE.");

    private static final Map<String, String> PAIRS = read();

    private CompoundWords() {}

    /** The resource as written, for the SolrCloud configset. */
    public static String fileText() {
        return WordLists.resourceText(FILE);
    }

    /** Each joined word with its hyphenated writing ("pretax", "pre-tax"). */
    public static Map<String, String> pairs() {
        return PAIRS;
    }

    private static Map<String, String> read() {
        Map<String, String> pairs = new LinkedHashMap<>();
        WordLists.entries(FILE).stream().map(entry -> entry.split(",")).forEach(pair -> pairs.put(pair[0], pair[1]));
        return Collections.unmodifiableMap(pairs);
    }
}
