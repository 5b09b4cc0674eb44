package dev.lede.config;

import java.util.Locale;
import java.util.Set;

/**
 * The country an archive's stories are about unless they say otherwise: whose public body a story means when it names
 * one without saying whose (a British outlet's "Parliament" or "the Treasury"), and which of the towns of a name
 * ("Birmingham", "Newcastle") it counts as named. Given by its ISO 3166 two-letter code; none by default, since a wire
 * service's stories are from everywhere.
 */
public final class HomeCountry {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private HomeCountry() {}

    /**
     * The upper-case ISO code of {@code text} ("gb" → "GB"); "UK", which news writes for Britain, is "GB".
     *
     * @throws IllegalArgumentException naming the value when it is no country's code
     */
    public static String parse(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.equals("UK")) {
            return "GB";
        }
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException(
                    "'" + text + "' is no country's ISO 3166 two-letter code; use one such as GB, US or IE");
        }
        return code;
    }
}
