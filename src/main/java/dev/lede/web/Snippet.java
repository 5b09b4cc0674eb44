package dev.lede.web;

/** The opening of an article's text, for a column a reader can skim: whole words, one line, an ellipsis when cut. */
final class Snippet {

    static final int MAX_LENGTH = 200;

    private Snippet() {}

    static String opening(String body) {
        if (body == null) {
            return "";
        }
        // Only the head can end up in the snippet; collapsing the whitespace of a whole long body would be waste.
        String head = body.length() > 4 * MAX_LENGTH ? body.substring(0, 4 * MAX_LENGTH) : body;
        String text = head.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH);
        return text.substring(0, cut > 0 ? cut : MAX_LENGTH) + "…";
    }
}
