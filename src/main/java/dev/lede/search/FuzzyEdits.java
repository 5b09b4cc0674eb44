package dev.lede.search;

import dev.lede.search.QueryTokens.Kind;
import dev.lede.search.QueryTokens.Token;

/**
 * How far a fuzzy word ({@code word~}) may stray when the query does not say: one edit for a word of up to five
 * letters, two for a longer one, as search engines' "auto" fuzziness does. Two edits, the query language's own
 * default, turn a short word into another: {@code tram~} matched "than" and "farm". A number the query gives
 * ({@code tram~2}) stands. Applied to the text every engine searches, so both read {@code word~} alike.
 */
public final class FuzzyEdits {

    /** Longer words keep the query language's default of two edits. */
    static final int ONE_EDIT_UP_TO_LETTERS = 5;

    private FuzzyEdits() {}

    /** {@code query} with each bare {@code ~} after a short word given as {@code ~1}; unchanged when unreadable. */
    public static String apply(String query) {
        if (query == null || query.indexOf('~') < 0) {
            return query;
        }
        try {
            return withOneEditForShortWords(query);
        } catch (QuerySyntax.Unreadable e) {
            return query;
        }
    }

    private static String withOneEditForShortWords(String query) {
        QueryTokens tokens = new QueryTokens(query);
        StringBuilder rewritten = new StringBuilder(query.length() + 4);
        int copied = 0;
        Token previous = null;
        for (Token token = tokens.next(); token.kind() != Kind.END; token = tokens.next()) {
            if (token.kind() == Kind.FUZZY && token.image().isEmpty() && isShortWord(previous)) {
                int end = tokens.position();
                rewritten.append(query, copied, end).append('1');
                copied = end;
            }
            previous = token;
        }
        return rewritten.append(query, copied, query.length()).toString();
    }

    private static boolean isShortWord(Token token) {
        if (token == null || token.kind() != Kind.TERM) {
            return false;
        }
        String word = token.image().replaceAll("\\\\(.)", "$1");
        return word.codePointCount(0, word.length()) <= ONE_EDIT_UP_TO_LETTERS;
    }
}
