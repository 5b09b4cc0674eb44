package dev.lede.enrich;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a quarter a story names by its number alone ("fourth quarter net rose", "first-quarter sales"), seen
 * from the publication date: the quarter under way, the one just over and the next are each one quarter; the one half
 * a year off is either the last or the next and only a tense word says which. SUTime guesses the year from the tense
 * of every quarter and takes a modal for the next year's ("second quarter sales should improve", written in June, is
 * its following June's; "would release third quarter earnings", written in October, is the next October's). A quarter
 * of a fiscal year ("the fiscal second quarter") names no calendar year, nor does one the story bounds by a date
 * ({@link PeriodsByTheirEnd}).
 */
final class NumberedQuarters {

    /** The words of a quarter named by its number and nothing else. */
    static final String NUMBERED = "(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter";

    private static final Pattern ALONE = Pattern.compile("(?:the\\s+)?" + NUMBERED, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER =
            Pattern.compile(",?\\s+(?:of\\b|fiscal\\b|\\d{4}\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-Q([1-4])");

    private NumberedQuarters() {}

    /**
     * The number of the quarter SUTime gave as {@code value} for the words at {@code begin}–{@code end} of
     * {@code text}, if the words are only its number and what follows them names no year of its own ("the first
     * quarter of fiscal 2024", "the fourth quarter 2023", whose year SUTime reads apart).
     */
    static OptionalInt alone(String value, String text, int begin, int end) {
        Matcher quarter = value == null ? null : QUARTER_VALUE.matcher(value);
        return quarter != null
                        && quarter.matches()
                        && 0 <= begin
                        && begin < end
                        && end <= text.length()
                        && ALONE.matcher(text.substring(begin, end).strip()).matches()
                        && !YEAR_AFTER.matcher(text).region(end, text.length()).lookingAt()
                ? OptionalInt.of(Integer.parseInt(quarter.group(1)))
                : OptionalInt.empty();
    }

    /**
     * The year of the quarter numbered {@code quarter} seen from {@code published}: the quarter under way is this
     * year's; the one just over and the next one are the nearest such quarters, whatever the tense (a report on the
     * quarter just over is often still to come, and a past verb beside the next is mostly the telling: "approved a
     * second quarter dividend"); the quarter half a year off either way is the one the tense says, and with no tense
     * word there is none.
     *
     * @param past whether the tense is the past (true), the future (false), or there is none (empty)
     */
    static OptionalInt year(int quarter, Optional<Boolean> past, LocalDate published) {
        int now = (published.getMonthValue() + 2) / 3;
        int ahead = Math.floorMod(quarter - now, 4);
        int thisYear = published.getYear();
        int before = quarter <= now ? thisYear : thisYear - 1;
        int after = quarter >= now ? thisYear : thisYear + 1;
        return switch (ahead) {
            case 0 -> OptionalInt.of(thisYear);
            case 3 -> OptionalInt.of(before);
            case 1 -> OptionalInt.of(after);
            default ->
                past.map(inPast -> OptionalInt.of(inPast ? before : after)).orElse(OptionalInt.empty());
        };
    }
}
