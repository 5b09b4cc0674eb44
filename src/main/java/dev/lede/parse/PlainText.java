package dev.lede.parse;

import java.util.regex.Pattern;

/** The whitespace rules every parser applies to the text it hands on. */
final class PlainText {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private PlainText() {}

    /** The trimmed value, or {@code null} when it is null or blank. */
    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Every whitespace run (line breaks included) as one space, trimmed: the form for titles and names. */
    static String oneLine(String value) {
        return value == null ? null : blankToNull(WHITESPACE_RUN.matcher(value).replaceAll(" "));
    }

    /**
     * Body text with its paragraphs kept: Unix line breaks, no trailing spaces on a line, at most one blank line
     * in a row, trimmed; {@code null} when blank.
     */
    static String paragraphs(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        int blankLinesInARow = 0;
        for (String line : value.lines().toList()) {
            String kept = line.stripTrailing();
            blankLinesInARow = kept.isEmpty() ? blankLinesInARow + 1 : 0;
            if (blankLinesInARow <= 1) {
                text.append(kept).append('\n');
            }
        }
        return blankToNull(text.toString());
    }
}
