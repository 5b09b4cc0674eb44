package dev.lede.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Acronyms written in capitals or with points ("US" and "U.S.", "UK" and "U.K.", "EU" and "E.U."): Reuters writes
 * "U.S." in 3,993 stories and "US" in 62, BBC News "US" in 641 and "U.S." in none. The index keeps an acronym written
 * in capitals twice, as the word its letters spell and with points ("US" as "us" and "u.s"), and a short one typed in
 * capitals is searched with points alone: "US" and "U.S." each find both writings, and neither finds a story that has
 * only the pronoun "us", which a search typed in lower case still finds. Read from {@code acronyms.txt}, which {@link
 * AcronymsBuilder} derives from the SCOWL word lists; it is also the SolrCloud configset's synonym file for indexing,
 * read before lower-casing, beside the one for queries ({@link #queryFileText()}).
 */
public final class Acronyms {

    /** The resource, and the file's name in the SolrCloud configset, read as the index reads a text. */
    public static final String FILE = "acronyms.txt";

    /** The file the SolrCloud configset reads a query's acronyms with ({@link #queryFileText()}). */
    public static final String QUERY_FILE = "acronyms-in-queries.txt";

    static final List<String> HEADER = List.of(
            "# Acronyms in capitals, each kept also with points, one a line (Solr's synonym format, matched as",
            "# written).",
            "# Derived by dev.lede.index.AcronymsBuilder from the SCOWL word lists (Debian's wbritish-huge and",
            "# wamerican-huge), Copyright 2000-2011 by Kevin Atkinson; see NOTICE.");

    private static final String ARROW = " => ";

    /**
     * The most letters of an acronym that a search typed in capitals looks for with points alone. House styles that
     * write an acronym said as a word in small letters do so from four letters ("Aids", "Nato", "Opec", "Sars"): BBC
     * News writes "Aids" in 22 stories and "AIDS" in 2, "Opec" in 8 and "OPEC" in none, while a shorter one written so
     * there is mostly another word ("Ms", "St", "Act", "Doctor Who"). So "AIDS" also finds the word "aids", as "NATO"
     * finds "Nato".
     */
    private static final int SHORT = 3;

    private Acronyms() {}

    /** The resource as written, for the SolrCloud configset's index analysis. */
    public static String fileText() {
        return WordLists.resourceText(FILE);
    }

    /**
     * Each acronym in capitals as a search reads it ({@link #searchesThePointsAlone}), for the SolrCloud configset's
     * query analysis: "US => U.S", "AIDS => AIDS,A.I.D.S".
     */
    public static String queryFileText() {
        return pairs().stream()
                .map(pair -> searchesThePointsAlone(pair.capitals().length())
                        ? pair.capitals() + ARROW + pair.withPoints()
                        : pair.line())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Whether a search typed in capitals looks for an acronym of {@code letters} letters with points alone. */
    public static boolean searchesThePointsAlone(int letters) {
        return letters <= SHORT;
    }

    /** Each acronym in capitals with its writing with points. */
    public static List<Pair> pairs() {
        return Read.PAIRS;
    }

    /** "US" and "U.S": the points as the tokenizer keeps them, without the last one, which may end a sentence. */
    public record Pair(String capitals, String withPoints) {

        /** The resource's line: "US => US,U.S". */
        String line() {
            return capitals + ARROW + capitals + "," + withPoints;
        }
    }

    /** The resource, read when first asked for, so that {@link AcronymsBuilder} can write it anew. */
    private static final class Read {
        static final List<Pair> PAIRS =
                WordLists.entries(FILE).stream().map(Read::pair).toList();

        /** A line "US => US,U.S". */
        private static Pair pair(String line) {
            String[] writings =
                    line.substring(line.indexOf(ARROW) + ARROW.length()).split(",");
            return new Pair(writings[0], writings[1]);
        }
    }
}
