package dev.lede.enrich;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country named only in the currency an amount is counted in ("10 mln U.S. dlrs", "at 0.68 U.S. cents", "priced
 * in U.S. dollars") is no place of the story: a story on Bangladesh's oil imports that prices them in U.S. dollars is
 * not about the United States. A story that names the country anywhere else, or names its currency as a subject
 * ("the U.S. dollar fell"), keeps it.
 */
final class CurrencyCountries {

    /** An amount, or "in", right before the country's name: "10 mln", "0.6800", "1.5 billion", "in". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?:\\d[\\d,.]*(?:\\s+(?:mln|million|bln|billion|trillion|thousand))?|\\bin)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** The currency's unit right after the country's name. */
    private static final Pattern UNIT_AFTER =
            Pattern.compile("\\s+(?:dlrs?|dollars?|cents?|cts)\\b", Pattern.CASE_INSENSITIVE);

    private static final int LOOK_BEHIND = 40;

    private static final int LOOK_AHEAD = 20;

    private CurrencyCountries() {}

    /** The place mentions without those that the text names only as an amount's currency. */
    static List<String> without(List<String> places, String text) {
        return places.stream().filter(place -> !isOnlyACurrency(place, text)).toList();
    }

    private static boolean isOnlyACurrency(String place, String text) {
        Matcher name = Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(place.strip()) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        boolean named = false;
        while (name.find()) {
            if (!isAnAmountsCurrency(text, name.start(), name.end())) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static boolean isAnAmountsCurrency(String text, int start, int end) {
        return AMOUNT_BEFORE
                        .matcher(text.substring(Math.max(0, start - LOOK_BEHIND), start))
                        .find()
                && UNIT_AFTER
                        .matcher(text)
                        .region(end, Math.min(text.length(), end + LOOK_AHEAD))
                        .lookingAt();
    }
}
