package dev.lede.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits that keep one query from occupying the server: how many words may expand into many index terms, and
 * which of those expansions are refused outright because they would read most of the term dictionary.
 */
public final class QueryCost {

    /** Expanding words (wildcards, fuzzy, regular expressions, prefixes) one query may hold. */
    static final int MAX_EXPANDING_WORDS = 16;
    /** Indexed words one wildcard inside a phrase may stand for; the most frequent ones are kept. */
    public static final int MAX_PHRASE_WILDCARD_TERMS = 256;
    /** Below this, a fuzzy word matches most short words of the index. */
    public static final int MIN_FUZZY_LENGTH = 4;

    static final int MAX_REGEX_LENGTH = 100;
    static final int MAX_REGEX_REPEAT = 50;

    private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?}");
    private static final Pattern LITERAL_START = Pattern.compile("^[\\p{L}\\p{N}]");

    private int expandingWords;

    /** Counts one more expanding word, refusing the query when it holds too many. */
    public void expand() {
        if (++expandingWords > MAX_EXPANDING_WORDS) {
            throw refused("The query holds more than " + MAX_EXPANDING_WORDS
                    + " wildcard, fuzzy or pattern words; use fewer.");
        }
    }

    /** Refuses a wildcard or pattern that does not start with a letter or digit: it would scan every indexed word. */
    public static void checkLiteralStart(String pattern) {
        if (!LITERAL_START.matcher(pattern).find()) {
            throw refused("Wildcards and patterns must start with a letter or digit.");
        }
    }

    public static void checkRegex(String regex) {
        if (regex.length() > MAX_REGEX_LENGTH) {
            throw refused("A /pattern/ may be at most " + MAX_REGEX_LENGTH + " characters long.");
        }
        checkLiteralStart(regex);
        Matcher repeat = REPEAT.matcher(regex);
        while (repeat.find()) {
            if (tooMany(repeat.group(1)) || tooMany(repeat.group(2))) {
                throw refused("A /pattern/ may repeat a part at most " + MAX_REGEX_REPEAT + " times.");
            }
        }
    }

    private static boolean tooMany(String count) {
        return count != null && !count.isEmpty() && (count.length() > 3 || Integer.parseInt(count) > MAX_REGEX_REPEAT);
    }

    public static Refused refused(String message) {
        return new Refused(message);
    }

    /** A query the parser understood but will not run; unlike a syntax error, it is not retried as plain words. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
