package dev.lede.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of years or months a story counts back or on: "a year ago", "two years earlier", "the year before", "six
 * months on". SUTime counts each from the publication date and reads "the year earlier", "the year ago" and "the month
 * before" as the year or month of publication itself. A span counted with "earlier", "before", "later", "after" or "on"
 * counts from the time the story has just named ("profit fell in the year ended June 2023 from 81 mln a year earlier"
 * is 2022), and so does "the previous year" or "the previous month", which SUTime counts from the writing; one counted
 * with "ago" or "hence" from the writing. Either names a year or a month, not the day SUTime gives it. A vague count
 * ("several years ago", "a few months ago") names no year or month at all, nor does a span reaching up to the writing
 * or on from it ("over the past year", "within the next year"), a length of time.
 */
final class CountedSpans {

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("the", 1),
            Map.entry("the same", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** The whole of the words: maybe a hedge, a count, years or months, and the direction counted in. */
    private static final Pattern SPAN = Pattern.compile(
            "(?:(?:about|around|almost|nearly|roughly|some|only|just|more than|less than|over|under)\\s+)?"
                    + "(?:(the same|the|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}"
                    + "|several|a few|few|many|some)[\\s-]+)?"
                    + "(years?|months?)[\\s-]+(ago|hence|earlier|before|later|after|on)",
            Pattern.CASE_INSENSITIVE);

    /** "The previous year", "the preceding month": one back from the time just named, as "the year before" is. */
    private static final Pattern PREVIOUS =
            Pattern.compile("the\\s+(?:previous|preceding|prior)\\s+(year|month)", Pattern.CASE_INSENSITIVE);

    private static final Pattern FROM_OR_TO_THE_WRITING =
            Pattern.compile("the\\s+(?:past|last|latest|next|coming)\\s+(?:year|month)", Pattern.CASE_INSENSITIVE);

    private static final Pattern JOINED_DIRECTION =
            Pattern.compile("-(?:ago|earlier|before|later)\\b", Pattern.CASE_INSENSITIVE);
    /** "Year-on-year", "month-on-month", "year-over-year": a rate of change, no date. */
    private static final Pattern RATE = Pattern.compile("-(?:on|over|to)-(?:year|month)\\b", Pattern.CASE_INSENSITIVE);

    private CountedSpans() {}

    /**
     * A span counted back or on.
     *
     * @param months how many months it counts, negative back; 0 for a vague count
     * @param inYears whether it counts years, and so names a year rather than a month
     * @param fromWriting whether it counts from the date of writing ("ago", "hence") rather than from a time named
     */
    record Span(int months, boolean inYears, boolean fromWriting) {

        /**
         * The year ("1985") or month ("1986-08") the span names counted from {@code anchor} (a year, month or day);
         * empty for a vague count or an anchor coarser than the span (a month counted from a year alone).
         */
        Optional<String> countedFrom(String anchor) {
            if (months == 0) {
                return Optional.empty();
            }
            if (inYears) {
                return Optional.of(String.valueOf(Integer.parseInt(anchor.substring(0, 4)) + months / 12));
            }
            return anchor.length() < 7
                    ? Optional.empty()
                    : Optional.of(YearMonth.parse(anchor.substring(0, 7))
                            .plusMonths(months)
                            .toString());
        }

        /** {@link #countedFrom} the publication date. */
        Optional<String> countedFrom(LocalDate published) {
            return countedFrom(published.toString());
        }
    }

    /**
     * The words of a timex ending at {@code end} of {@code text} with the direction a hyphen joins to them: SUTime
     * reads "the year" of "above the year-ago level", "a year" of "from a year-earlier 3.1 mln" and "the month" of
     * "the month-earlier figure" without it, as the year or month of publication or as a length.
     */
    static String withJoinedDirection(String words, String text, int end) {
        Matcher joined = 0 <= end && end <= text.length()
                ? JOINED_DIRECTION.matcher(text).region(end, text.length())
                : null;
        return joined != null && joined.lookingAt() ? words + joined.group() : words;
    }

    /** Whether the timex ending at {@code end} of {@code text} is the first half of "year-on-year" or the like. */
    static boolean isARate(String text, int end) {
        return 0 <= end
                && end <= text.length()
                && RATE.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether the words are a span reaching up to the writing or on from it ("over the past year", "in the last month",
     * "within the next year", "in the coming year"): a length of time, not the calendar year or month SUTime makes of
     * it, and not "last year" or "next year", which are ones.
     */
    static boolean reachesTheWriting(String words) {
        return FROM_OR_TO_THE_WRITING
                .matcher(NameText.normalizeWhitespace(words).strip())
                .matches();
    }

    /** The span the words are, all of them; empty for any other words ("February a year ago", "earlier this year"). */
    static Optional<Span> of(String words) {
        String normalized = NameText.normalizeWhitespace(words).strip();
        Matcher previous = PREVIOUS.matcher(normalized);
        if (previous.matches()) {
            boolean inYears = previous.group(1).equalsIgnoreCase("year");
            return Optional.of(new Span(inYears ? -12 : -1, inYears, false));
        }
        Matcher span = SPAN.matcher(normalized);
        if (!span.matches()) {
            return Optional.empty();
        }
        String unit = span.group(2).toLowerCase(Locale.ROOT);
        boolean inYears = unit.startsWith("year");
        int count = count(span.group(1), unit.endsWith("s"));
        String direction = span.group(3).toLowerCase(Locale.ROOT);
        boolean back = direction.equals("ago") || direction.equals("earlier") || direction.equals("before");
        boolean fromWriting = direction.equals("ago") || direction.equals("hence");
        return Optional.of(new Span((back ? -count : count) * (inYears ? 12 : 1), inYears, fromWriting));
    }

    /** The count the words give; 1 for none before a unit in the singular ("year-ago"), 0 when vague. */
    private static int count(String words, boolean plural) {
        if (words == null) {
            return plural ? 0 : 1;
        }
        String count = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (count.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(count);
        }
        return COUNTS.getOrDefault(count, 0);
    }
}
