package dev.lede.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The whitespace and character reference rules every parser applies to the text it hands on. */
final class PlainText {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");

    private PlainText() {}

    /**
     * The text with its numeric character references ({@code &#233;}, {@code &#x2019;}) as the characters they
     * name. Text escaped for HTML keeps them when its markup is gone (a CMS export, a scraped page's text), and no
     * writer of prose types one. A reference to a control character, a surrogate or no character at all is kept as
     * written; so are named references ({@code &amp;}), which a story about HTML may write.
     */
    static String decodeNumericReferences(String value) {
        if (value == null || value.indexOf("&#") < 0) {
            return value;
        }
        Matcher reference = NUMERIC_REFERENCE.matcher(value);
        StringBuilder decoded = new StringBuilder(value.length());
        while (reference.find()) {
            int codePoint = reference.group(1) != null
                    ? Integer.parseInt(reference.group(1))
                    : Integer.parseInt(reference.group(2), 16);
            String replacement = namesText(codePoint) ? Character.toString(codePoint) : reference.group();
            reference.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(decoded).toString();
    }

    private static boolean namesText(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.SURROGATE && type != Character.UNASSIGNED;
    }

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
