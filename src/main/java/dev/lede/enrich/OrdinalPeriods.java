package dev.lede.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The fourth year" of an agreement, "for the third year running", "the seventh year" of a bond, "the second month in
 * succession": a place in a sequence the story counts, not a calendar year or month. SUTime counts it from the year
 * or month of publication ("the fourth year", written in 1987, is 1990), so it names no date here; where its words
 * also write a year ("1986, the fourth year of the plan"), that year is the one named.
 */
final class OrdinalPeriods {

    private static final Pattern ORDINAL_PERIOD = Pattern.compile(
            "\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                    + "|\\d+(?:st|nd|rd|th))(?:\\s+(?:straight|consecutive|successive|full))?"
                    + "[\\s-]+(?:year|month)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b(\\d{4})\\b");

    private OrdinalPeriods() {}

    /**
     * The date SUTime resolved for {@code words}, unless the words count a place in a sequence: then the year they
     * write in digits, or nothing.
     */
    static Optional<String> withoutOrdinal(String words, String date) {
        if (!ORDINAL_PERIOD.matcher(words).find()) {
            return Optional.of(date);
        }
        Matcher year = YEAR_DIGITS.matcher(words);
        return year.find() ? Optional.of(year.group(1)) : Optional.empty();
    }
}
