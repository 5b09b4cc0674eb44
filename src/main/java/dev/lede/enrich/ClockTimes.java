package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * Four digits that SUTime reads as a year although they tell the time on a 24-hour clock, as wire and British copy
 * writes it ("kick-off at 1945 GMT", "between 2000 and 2100 GMT", "at 0700 local time"), or that no year is written as
 * (a leading zero).
 */
final class ClockTimes {

    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d|2400");

    /**
     * What follows a clock time: a time zone (wire copy writes "gmt" and "est" in lower case too), "local time" or
     * "hours", perhaps after the other end of a range.
     */
    private static final Pattern TIME_ZONE_AFTER = Pattern.compile("\\s*(?:(?:and|to|until|till|-|–)\\s*\\d{4}\\s*)?"
            + "(?:(?i:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|HKT|SGT|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)"
            + "\\b|(?:ET|PT|IST)\\b|(?i:local(?:\\s+\\p{L}+)?\\s+time|(?:eastern|central|mountain|pacific)"
            + "(?:\\s+(?:standard|daylight))?\\s+time|hours|hrs)\\b)");

    /** The other end of a range that begins with a zero ("between 2200 and 0700"), so that neither end is a year. */
    private static final Pattern ZERO_LED_END_AFTER = Pattern.compile("\\s*(?:and|to|until|till|-|–)\\s*0\\d{3}\\b");

    private static final Pattern ZERO_LED_START_BEFORE =
            Pattern.compile("\\b0\\d{3}\\s*(?:and|to|until|till|-|–)\\s*$");

    private ClockTimes() {}

    /**
     * Whether the four digits that end the words at {@code begin}–{@code end} of {@code text} ("1945", "about 0200")
     * are not a year: a time of day followed by its time zone or in a range with a number that begins with a zero, or
     * a number with a leading zero. Words that do not end in four digits of their own are left to SUTime.
     */
    static boolean notAYear(String text, int begin, int end) {
        int digitsFrom = end - 4;
        if (digitsFrom < begin || digitsFrom > 0 && Character.isLetterOrDigit(text.charAt(digitsFrom - 1))) {
            return false;
        }
        String digits = text.substring(digitsFrom, end);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return digits.charAt(0) == '0'
                || HOURS_AND_MINUTES.matcher(digits).matches()
                        && (followedBy(TIME_ZONE_AFTER, text, end)
                                || followedBy(ZERO_LED_END_AFTER, text, end)
                                || ZERO_LED_START_BEFORE
                                        .matcher(text)
                                        .region(Math.max(0, digitsFrom - 12), digitsFrom)
                                        .find());
    }

    private static boolean followedBy(Pattern pattern, String text, int end) {
        return pattern.matcher(text).region(end, text.length()).lookingAt();
    }
}
