package dev.lede.index;

import java.util.List;

/**
 * Acronyms written in capitals or with points ("US" and "U.S.", "UK" and "U.K.", "EU" and "E.U."), so that a search
 * typed either way finds a story written either way: Reuters writes "U.S." in 3,993 stories and "US" in 62, BBC News
 * "US" in 641 and "U.S." in none. Matched as typed, in capitals: "us" stays the word it is, and where the letters
 * are a word ("US", "WHO") the points do not find the capitals, which the index keeps as that word. Read from {@code
 * acronyms.txt}, which {@link AcronymsBuilder} derives from the SCOWL word lists; it is also a SolrCloud configset's
 * synonym file, read before lower-casing.
 */
public final class Acronyms {

    /** The resource, and the file's name in the SolrCloud configset. */
    public static final String FILE = "acronyms.txt";

    static final List<String> HEADER = List.of(
            "# Acronyms in capitals and with points, one pair a line (Solr's synonym format; matched as written;",
            "# \"=>\" where the letters are also a word, so that only the capitals find the points).",
            "# Derived by dev.lede.index.AcronymsBuilder from the SCOWL word lists (Debian's wbritish-huge and",
            "# wamerican-huge), Copyright 2000-2011 by Kevin Atkinson; see NOTICE.");

    private static final String ONE_WAY = "=>";

    private static final List<Pair> PAIRS = read();

    private Acronyms() {}

    /** The resource as written, for the SolrCloud configset. */
    public static String fileText() {
        return WordLists.resourceText(FILE);
    }

    /** Each acronym in capitals with its writing with points, and whether the points find the capitals too. */
    public static List<Pair> pairs() {
        return PAIRS;
    }

    /**
     * "UK" and "U.K", each finding the other; "US" and "U.S", the capitals finding the points only, since "us" is also
     * a word.
     */
    public record Pair(String capitals, String withPoints, boolean bothWays) {}

    private static List<Pair> read() {
        return WordLists.entries(FILE).stream().map(Acronyms::pair).toList();
    }

    /** A line "UK,U.K", or "US => US,U.S". */
    private static Pair pair(String line) {
        int arrow = line.indexOf(ONE_WAY);
        String[] pair = (arrow < 0 ? line : line.substring(arrow + ONE_WAY.length()))
                .strip()
                .split(",");
        return new Pair(pair[0], pair[1], arrow < 0);
    }
}
