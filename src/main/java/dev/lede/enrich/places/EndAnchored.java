package dev.lede.enrich.places;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern that matches only at the end of the words before a name, after blanks ({@code …\s+$}, {@code …\h+$}),
 * with the words its match must end on before those blanks. Most windows end on none of them, which spares them the pattern, tried by {@code find}
 * at every character of the window.
 *
 * @param lastWords every word a match may end on, compared ignoring case
 */
public record EndAnchored(Pattern pattern, List<String> lastWords) {

    /** What {@code \s} and {@code \h} match: the blanks such a pattern ends with. */
    private static final String BLANKS =
            " \t\n\u000B\f\r\u00A0\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
                    + "\u202F\u205F\u3000";

    public static EndAnchored of(String regex, String... lastWords) {
        return new EndAnchored(Pattern.compile(regex), List.of(lastWords));
    }

    /** What {@code pattern.matcher(before).find()} gives. */
    public boolean find(String before) {
        return mayMatch(before) && pattern.matcher(before).find();
    }

    /** Whether {@code before} ends in blanks, and without them on one of the last words. */
    public boolean mayMatch(String before) {
        int end = before.length();
        while (end > 0 && BLANKS.indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == before.length()) {
            return false;
        }
        for (String word : lastWords) {
            if (end >= word.length() && before.regionMatches(true, end - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
