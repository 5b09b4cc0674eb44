package dev.lede.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and marks of the query language, cut as Lucene's classic query parser cuts them (its lexer, written out
 * without Lucene), so that every engine can tell what a query holds before it runs it.
 */
final class QueryTokens {

    enum Kind {
        AND,
        OR,
        NOT,
        PLUS,
        MINUS,
        /** A {@code +}, {@code -} or {@code !} followed by a space: searched as a word. */
        BARE_OPERATOR,
        OPEN,
        CLOSE,
        COLON,
        STAR,
        BOOST,
        /** A {@code ^} the classic parser's lexer reads, whose number it then fails to read. */
        CARET_WITHOUT_NUMBER,
        FUZZY,
        QUOTED,
        TERM,
        PREFIX,
        WILDCARD,
        REGEX,
        RANGE,
        END
    }

    /** @param image the token's text: a phrase without its quotes, a pattern without its slashes */
    record Token(Kind kind, String image) {}

    /** Characters that cannot start a word unless escaped. */
    private static final String SYNTAX = "+-!():^[]\"{}~*?\\/";
    /** Characters {@link #next()} reads as something other than the start of a word. */
    private static final String NOT_A_WORD_START = "+-!():^[]\"{}~/";

    private final String text;
    private int at;
    private int start;

    QueryTokens(String text) {
        this.text = text;
    }

    /** Where the token {@link #next()} returned last starts: at its first character, after any spaces. */
    int start() {
        return start;
    }

    /** Where the next token starts to be looked for: the end of the one {@link #next()} returned last. */
    int position() {
        return at;
    }

    /**
     * Whether the token {@link #next()} returned last runs on into a word, with no space between: after a boost, the
     * classic parser's lexer reads {@code ^1e40} as the boost {@code ^1} and the word {@code e40}. A space, the end, a
     * mark of the grammar ({@code )}, {@code ~}, {@code "}, {@code -}, …) or an operator written in symbols ends the
     * token instead: the lexer reads {@code tram^2||harbour} as {@code tram^2} and a word {@code ||harbour}, which the
     * analyzer makes {@code harbour}, just as it makes the word {@code tram||harbour} {@code tram harbour}.
     */
    boolean runsOnIntoAWord() {
        if (at >= text.length() || isSpace(text.charAt(at)) || NOT_A_WORD_START.indexOf(text.charAt(at)) >= 0) {
            return false;
        }
        return !text.startsWith("&&", at) && !text.startsWith("||", at);
    }

    /** @throws QuerySyntax.Unreadable where the classic parser's lexer fails */
    Token next() {
        skipSpaces(at);
        start = at;
        if (at >= text.length()) {
            return new Token(Kind.END, "");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '+', '-', '!' -> operator(c);
            case '(' -> single(Kind.OPEN);
            case ')' -> single(Kind.CLOSE);
            case ':' -> single(Kind.COLON);
            case '^' -> boost();
            case '~' -> fuzzy();
            case '"' -> quoted();
            case '[', '{' -> single(Kind.RANGE);
            case '/' -> regex();
            case ']', '}' -> throw new QuerySyntax.Unreadable();
            default -> word();
        };
    }

    private Token operator(char c) {
        if (at + 1 < text.length() && isSpace(text.charAt(at + 1))) {
            at += 2;
            return new Token(Kind.BARE_OPERATOR, String.valueOf(c));
        }
        return single(
                switch (c) {
                    case '+' -> Kind.PLUS;
                    case '-' -> Kind.MINUS;
                    default -> Kind.NOT;
                });
    }

    private Token single(Kind kind) {
        at++;
        return new Token(kind, "");
    }

    private Token boost() {
        at++;
        String number = number();
        return new Token(number.isEmpty() ? Kind.CARET_WITHOUT_NUMBER : Kind.BOOST, number);
    }

    /** {@code ~}, then any word characters: the classic parser reads a number from them or falls back to its default. */
    private Token fuzzy() {
        int start = ++at;
        while (at < text.length() && isWordCharacter(text.charAt(at)) && !isLoneBackslash(at)) {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        return new Token(Kind.FUZZY, text.substring(start, at));
    }

    /** Digits, optionally with a decimal part; empty when none follow. */
    private String number() {
        int start = at;
        int end = digits(at);
        if (end > at && end + 1 < text.length() && text.charAt(end) == '.' && digits(end + 1) > end + 1) {
            end = digits(end + 1);
        }
        at = end;
        return text.substring(start, end);
    }

    private int digits(int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    private Token quoted() {
        StringBuilder phrase = new StringBuilder();
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            if (text.charAt(i) == '\\') {
                i = escaped(i);
            }
            phrase.append(text.charAt(i++));
        }
        if (i >= text.length()) {
            throw new QuerySyntax.Unreadable();
        }
        at = i + 1;
        return new Token(Kind.QUOTED, phrase.toString());
    }

    /**
     * The rest of a range whose bracket was the last token: two bounds with TO between and a closing bracket. As in
     * the classic parser, a range is read only once the parser has come to it.
     */
    void restOfRange() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces(at);
            if (at >= text.length()) {
                throw new QuerySyntax.Unreadable();
            }
            char c = text.charAt(at);
            if (c == ']' || c == '}') {
                at++;
                if (!isRange(parts)) {
                    throw new QuerySyntax.Unreadable();
                }
                return;
            }
            parts.add(c == '"' ? "\"" + quoted().image() : rangeWord());
        }
    }

    /** Quoted bounds keep their opening quote here, so that a quoted "TO" is no TO (a bare TO may be a bound). */
    private static boolean isRange(List<String> parts) {
        return parts.size() == 3 && parts.get(1).equals("TO");
    }

    private String rangeWord() {
        int start = at;
        while (at < text.length() && " ]}".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private Token regex() {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != '/') {
            i += text.startsWith("\\/", i) ? 2 : 1;
        }
        if (i >= text.length()) {
            throw new QuerySyntax.Unreadable();
        }
        String pattern = text.substring(at + 1, i);
        at = i + 1;
        return new Token(Kind.REGEX, pattern);
    }

    /** A word, which may hold escapes, inner {@code -}/{@code +}, and the wildcards {@code *} and {@code ?}. */
    private Token word() {
        int start = at;
        boolean wildcard = false;
        boolean innerWildcard = false;
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLoneBackslash(i)) {
                break;
            } else if (c == '\\') {
                innerWildcard |= wildcard;
                i += 2;
            } else if (c == '*' || c == '?') {
                innerWildcard |= wildcard || c == '?' || i == start;
                wildcard = true;
                i++;
            } else if (!isWordCharacter(c)) {
                break;
            } else {
                if (wildcard) {
                    innerWildcard = true;
                }
                i++;
            }
        }
        if (i == start) {
            throw new QuerySyntax.Unreadable();
        }
        at = i;
        String image = text.substring(start, i);
        return new Token(kindOfWord(image, wildcard, innerWildcard || !image.endsWith("*")), image);
    }

    private static Kind kindOfWord(String image, boolean wildcard, boolean notAPrefix) {
        if (image.equals("*")) {
            return Kind.STAR;
        }
        if (!wildcard) {
            return switch (image) {
                case "AND", "&&" -> Kind.AND;
                case "OR", "||" -> Kind.OR;
                case "NOT" -> Kind.NOT;
                default -> Kind.TERM;
            };
        }
        return notAPrefix ? Kind.WILDCARD : Kind.PREFIX;
    }

    /** A backslash that ends the text escapes nothing: the word ends before it, and no token can start there. */
    private boolean isLoneBackslash(int index) {
        return text.charAt(index) == '\\' && index + 1 >= text.length();
    }

    /** The index of the escaped character after the backslash at {@code backslash}. */
    private int escaped(int backslash) {
        if (isLoneBackslash(backslash)) {
            throw new QuerySyntax.Unreadable();
        }
        return backslash + 1;
    }

    /** What may follow a word's first character (a backslash starts an escape). */
    private static boolean isWordCharacter(char c) {
        return !isSpace(c) && (SYNTAX.indexOf(c) < 0 || c == '-' || c == '+' || c == '\\');
    }

    private void skipSpaces(int from) {
        at = from;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
    }
}
