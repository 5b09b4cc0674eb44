package dev.lede.enrich.places;

/**
 * Line breaks inside a paragraph of wire copy, which wraps lines in the middle of names ("New\nYork"): each, with the
 * blanks and tabs around it, becomes one space, as {@code [ \t]*\R[ \t]*} replaced by a space would — without the
 * regular expression, since this runs over every paragraph of every article.
 */
public final class LineBreaks {

    private LineBreaks() {}

    /** Whether {@code text} holds a line break as {@code \R} means it. */
    public static boolean has(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String joined(String text) {
        if (!has(text)) {
            return text;
        }
        StringBuilder joined = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int blanks = skipBlanks(text, i);
            if (blanks < text.length() && isBreak(text.charAt(blanks))) {
                int after = text.startsWith("\r\n", blanks) ? blanks + 2 : blanks + 1;
                i = skipBlanks(text, after);
                joined.append(' ');
            } else if (blanks > i) {
                joined.append(text, i, blanks);
                i = blanks;
            } else {
                joined.append(text.charAt(i));
                i++;
            }
        }
        return joined.toString();
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
