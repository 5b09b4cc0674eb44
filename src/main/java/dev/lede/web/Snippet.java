package dev.lede.web;

/** The opening of an article's text, for a column a reader can skim: whole words, one line, an ellipsis when cut. */
final class Snippet {

    static final int MAX_LENGTH = 200;

    private Snippet() {}

    /**
     * The first {@value #MAX_LENGTH} characters of the first {@code 4 × MAX_LENGTH} of {@code body}, trimmed, with
     * each run of spaces, tabs and line breaks as one space, cut after a whole word. Written as a loop that stops
     * once the snippet is full: a regular expression over the head took a fifth of an export's time.
     */
    static String opening(String body) {
        if (body == null) {
            return "";
        }
        int start = 0;
        int end = Math.min(body.length(), 4 * MAX_LENGTH);
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        StringBuilder text = new StringBuilder(MAX_LENGTH + 2);
        boolean inSpace = false;
        for (int i = start; i < end && text.length() <= MAX_LENGTH; i++) {
            char c = body.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    text.append(' ');
                }
                inSpace = true;
            } else {
                text.append(c);
                inSpace = false;
            }
        }
        if (text.length() <= MAX_LENGTH) {
            return text.toString();
        }
        int cut = text.lastIndexOf(" ", MAX_LENGTH);
        return text.substring(0, cut > 0 ? cut : MAX_LENGTH) + "…";
    }

    /** A space in the sense of a regular expression's {@code \s}: ASCII blanks and line breaks only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
