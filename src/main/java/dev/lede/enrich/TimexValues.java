package dev.lede.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the TIMEX3 values that name a concrete calendar year, month or day, and nothing else.
 *
 * <p>SUTime also reports durations ("PT90M"), vague references ("PAST_REF"), unresolved dates ("XXXX-02-14"),
 * weeks ("2025-W07"), seasons ("2025-SP") and decades ("199X"). None of these is a date a reader could pick on a
 * calendar, and turning them into one would be a guess, so they are dropped.
 */
final class TimexValues {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY_WITH_OPTIONAL_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q[1-4]");

    /** A year named from the year of writing, which SUTime counts right: "the first quarter of last year". */
    private static final Pattern YEAR_FROM_THIS =
            Pattern.compile("\\b(?:last|this|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);

    /**
     * How many years after a story was written a date it names may lie. Beyond that, four digits are a model number
     * ("Athlon XP 2500"), a nickname after a device ("Mr 2940") or a time of day with nothing after it that says so
     * ("the 2300 slot"), while forecasts ("by 2100") stay within it.
     */
    static final int MOST_YEARS_AHEAD = 100;

    /** A span of years or months counted from the date of writing: "a year ago", "two years earlier", "six months on". */
    private static final Pattern SPAN_BACK_OR_ON = Pattern.compile(
            "\\b(years?|months?)[\\s-]+(ago|earlier|before|later|after|on|hence)\\b", Pattern.CASE_INSENSITIVE);

    private TimexValues() {}

    /**
     * {@code date} cut to the unit of the span the words count, where they count years or months back or on from the
     * publication date: SUTime resolves "a year ago" to the day a year before publication, while a story means the
     * period a year before the one it reports ("sales of 40,012 a year ago" in a story on February's sales), which the
     * year alone still names.
     */
    static String toUnitOfSpan(String date, String words) {
        Matcher span = SPAN_BACK_OR_ON.matcher(words);
        if (!span.find()) {
            return date;
        }
        int length = span.group(1).toLowerCase(Locale.ROOT).startsWith("year") ? 4 : 7;
        return date.length() > length ? date.substring(0, length) : date;
    }

    /**
     * The year of a quarter whose words write that year out ("the third quarter of 1986", "1986 fourth quarter" name
     * 1986) or count it from this one ("the first quarter of last year"): a reader can pick the year on a calendar,
     * though not the quarter. A quarter named by its number alone is read by its tense ({@link NumberedQuarters}).
     */
    static Optional<String> yearOfWrittenQuarter(String value, String words) {
        Matcher quarter = value == null ? null : QUARTER.matcher(value);
        return quarter != null
                        && quarter.matches()
                        && (words.contains(quarter.group(1))
                                || YEAR_FROM_THIS.matcher(words).find())
                ? Optional.of(quarter.group(1))
                : Optional.empty();
    }

    /** Whether the calendar date {@code date} (as {@link #calendarDate} gives it) is a year alone. */
    static boolean isYear(String date) {
        return YEAR.matcher(date).matches();
    }

    /** Whether {@code date} lies more than {@link #MOST_YEARS_AHEAD} years after {@code writtenYear}. */
    static boolean tooFarAhead(String date, int writtenYear) {
        return Integer.parseInt(date.substring(0, 4)) > writtenYear + MOST_YEARS_AHEAD;
    }

    /**
     * The ISO year ({@code 2025}), month ({@code 2025-02}) or day ({@code 2025-02-14}) a timex names; a time of day
     * is reduced to its day. Empty for anything that is not a valid, fully resolved DATE or TIME.
     */
    static Optional<String> calendarDate(String timexType, String value) {
        if (value == null || !("DATE".equals(timexType) || "TIME".equals(timexType))) {
            return Optional.empty();
        }
        try {
            if (YEAR.matcher(value).matches()) {
                return Optional.of(value);
            }
            if (MONTH.matcher(value).matches()) {
                return Optional.of(YearMonth.parse(value).toString());
            }
            Matcher day = DAY_WITH_OPTIONAL_TIME.matcher(value);
            if (day.matches()) {
                return Optional.of(LocalDate.parse(day.group(1)).toString());
            }
        } catch (DateTimeException invalid) {
            // "2025-13" or "2025-02-30": not a calendar date, so not a mentioned date either
        }
        return Optional.empty();
    }
}
