package dev.lede.enrich.places;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a story was filed from, as its dateline writes it: "KYIV, Feb 12 (Reuters) -" gives place "KYIV";
 * "MARSABIT, Kenya —" gives place "MARSABIT" and qualifier "Kenya".
 *
 * @param place the place as written
 * @param qualifier the region or country written after it, or {@code null}
 */
public record Dateline(String place, String qualifier) {

    private static final String MONTH =
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?";

    /**
     * A shouted place at the very start of the body, optionally a qualifier, a date and an agency, then a dash (or
     * a colon after an agency). Words of the place: capitals, dots, apostrophes, hyphens ("ST. LOUIS", "N'DJAMENA").
     */
    private static final Pattern AT_BODY_START = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]*?\\p{Lu}\\.?)"
            + "(?:\\s*,\\s*(?<qualifier>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{1,30}?))?"
            + "(?:\\s*,?\\s*(?<date>" + MONTH + "))?"
            + "\\s*(?<agency>\\([^()\\n]{2,30}\\))?"
            + "\\s*(?:-{1,2}|[—–])\\s");

    /** A place written in any case, followed by an agency in brackets: "Kyiv (Reuters) -". */
    private static final Pattern WITH_AGENCY = Pattern.compile("^(?<place>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{1,40}?)"
            + "(?:\\s*,\\s*(?<qualifier>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{1,30}?))?"
            + "(?:\\s*,?\\s*(?<date>" + MONTH + "))?"
            + "\\s*(?<agency>\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua)\\))"
            + "\\s*(?:-{1,2}|[—–:])\\s");

    private static final Pattern GIVEN = Pattern.compile("^\\s*(?<place>[^,]+?)\\s*(?:,\\s*(?<rest>.*))?$");
    private static final Pattern BLANK_OR_DOT = Pattern.compile("[\\s.]");
    private static final Pattern DATE_LIKE = Pattern.compile("^(?:" + MONTH + ")|\\d");
    private static final Set<String> MONTH_WORDS = Set.of(
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    public Dateline {
        Objects.requireNonNull(place, "place");
    }

    /**
     * The dateline the input gives ("SALVADOR, Feb 26"), else the one at the very start of the body. A body
     * dateline that is only a shouted word and a dash ("ROTTERDAM —") counts only when {@code isKnownPlace} knows the
     * word, since a body may also open with "BREAKING —"; one with a qualifier, a date or an agency counts as it is.
     */
    public static Optional<Dateline> find(String given, String body, Predicate<String> isKnownPlace) {
        if (given != null && !given.isBlank()) {
            return parseGiven(given);
        }
        String start = body.stripLeading();
        start = start.substring(0, Math.min(start.length(), 200));
        for (Pattern pattern : List.of(AT_BODY_START, WITH_AGENCY)) {
            Matcher m = pattern.matcher(start);
            if (m.find()) {
                String place = m.group("place").strip();
                String qualifier = qualifier(m.group("qualifier"));
                boolean strong = qualifier != null || m.group("date") != null || m.group("agency") != null;
                return strong || isKnownPlace.test(place)
                        ? Optional.of(new Dateline(place, qualifier))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Dateline> parseGiven(String given) {
        Matcher m = GIVEN.matcher(given.strip());
        if (!m.matches() || DATE_LIKE.matcher(m.group("place")).find()) {
            return Optional.empty();
        }
        String place = withoutMarks(m.group("place"));
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String rest = m.group("rest");
        String qualifier = rest == null ? null : qualifier(rest.split(",")[0].strip());
        return Optional.of(new Dateline(place, qualifier));
    }

    /** A wire's marks around the place ("****SANTO DOMINGO", "-- LAGOS") are no part of it. */
    private static String withoutMarks(String place) {
        int start = 0;
        int end = place.length();
        while (start < end && !Character.isLetterOrDigit(place.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(place.charAt(end - 1)) && place.charAt(end - 1) != '.') {
            end--;
        }
        return place.substring(start, end);
    }

    private static String qualifier(String text) {
        if (text == null || text.isBlank() || DATE_LIKE.matcher(text).find()) {
            return null;
        }
        String firstWord = BLANK_OR_DOT.split(text.strip())[0].toLowerCase(Locale.ROOT);
        return MONTH_WORDS.contains(firstWord) ? null : text.strip();
    }
}
