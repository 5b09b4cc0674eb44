package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * Four digits that are one side of a size written with a times sign ("2048 * 1080 pixels", "1024 x 768", "1920×1080"),
 * which SUTime reads as a year.
 */
final class SizeNumbers {

    private static final Pattern TIMES_AFTER = Pattern.compile("\\s*[xX×*]\\s*\\d");
    private static final Pattern TIMES_BEFORE = Pattern.compile("\\d\\s*[xX×*]\\s*$");

    private SizeNumbers() {}

    /** Whether the four digits that end {@code begin}–{@code end} of {@code text} are joined to a number by a times sign. */
    static boolean isSide(String text, int begin, int end) {
        int digitsFrom = Math.max(begin, end - 4);
        return TIMES_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || TIMES_BEFORE
                        .matcher(text)
                        .region(Math.max(0, digitsFrom - 12), digitsFrom)
                        .find();
    }
}
