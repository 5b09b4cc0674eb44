package dev.lede.enrich.places;

/**
 * The words of a line, left to right, as the pattern {@code \p{L}[\p{L}\p{M}.'’\-]*(?<!-)} finds them: a letter, then
 * letters, marks, dots, apostrophes and hyphens, never ending on a hyphen ("Guinea-Bissau", "U.S.", "Kyiv's"). Read
 * by hand, since this runs over every line of every article.
 */
final class Words {

    private final String line;
    private int start = -1;
    private int end;

    Words(String line) {
        this.line = line;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        int at = end;
        while (at < line.length() && !Character.isLetter(line.codePointAt(at))) {
            at += Character.charCount(line.codePointAt(at));
        }
        if (at >= line.length()) {
            start = -1;
            end = line.length();
            return false;
        }
        start = at;
        at += Character.charCount(line.codePointAt(at));
        int last = at;
        while (at < line.length() && isWordPart(line.codePointAt(at))) {
            int c = line.codePointAt(at);
            at += Character.charCount(c);
            if (c != '-') {
                last = at;
            }
        }
        end = last;
        return true;
    }

    String word() {
        return line.substring(start, end);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    private static boolean isWordPart(int c) {
        return Character.isLetter(c) || isMark(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
