package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * "The year" of "the year ended September 30, 2023", "the fiscal year ending March 31" or "the year to January", or
 * "the third quarter" of "the third quarter, ended January 31": a period the story names by the date it ends or
 * starts, which follows ("the year to 2.5 mln tonnes" is no such one). SUTime takes such "the year" for the year of
 * publication, a year the story does not name, and a quarter so bound is most often a fiscal one, whose calendar year
 * only that date tells; the date after it is the one the story names.
 */
final class PeriodsByTheirEnd {

    private static final Pattern PERIOD = Pattern.compile(
            "the\\s+(?:(?:fiscal|financial|business|calendar|company's|group's)\\s+)?(?:year|half-year|half)"
                    + "|(?:the\\s+)?" + NumberedQuarters.NUMBERED,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUND_AFTER = Pattern.compile(
            ",?\\s+(?:(?:ended|ending|ends|through|thru|starting|started|starts|beginning|began|begins)\\b"
                    + "|to\\s+(?=end\\b|end-|mid-|last\\s|this\\s|(?-i:\\p{Lu})|\\d{1,2}\\s+(?-i:\\p{Lu})|\\d{4}\\b))",
            Pattern.CASE_INSENSITIVE);

    private PeriodsByTheirEnd() {}

    /** Whether the words at {@code begin}–{@code end} of the text are such a period, its bounding date after them. */
    static boolean isOne(String text, int begin, int end) {
        return begin >= 0
                && begin < end
                && end <= text.length()
                && PERIOD.matcher(text.substring(begin, end)).matches()
                && BOUND_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
