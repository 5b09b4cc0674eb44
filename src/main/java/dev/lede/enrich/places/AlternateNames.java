package dev.lede.enrich.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Which alternate names the gazetteer keeps: spellings an English text may use, one per key, no clashing codes. */
final class AlternateNames {

    /** Country aliases this short are codes that clash with words ("IT", "AI", "ME"); these few are news usage. */
    private static final Set<String> SHORT_COUNTRY_ALIASES =
            Set.of("us", "usa", "uk", "uae", "drc", "prc", "dprk", "rok", "ksa");

    /** Aliases that name something else more often than the country, or that are adjectives. */
    private static final Set<String> UNWANTED_COUNTRY_ALIASES =
            Set.of("states", "union", "republic", "kingdom", "federation", "saudi", "emirates", "islands");

    /** A name in Latin script that starts with a capital: the kind of alternate an English text may use. */
    private static final Pattern LATIN_NAME =
            Pattern.compile("\\p{Lu}[\\p{IsLatin}\\p{M}' ’.\\-]*", Pattern.UNICODE_CHARACTER_CLASS);

    private AlternateNames() {}

    /** The alias as kept, without a leading "the" ("The Gambia" → "Gambia"); empty when it is not worth keeping. */
    static Optional<String> countryAlias(String alias) {
        String name = alias.strip();
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        String key = PlaceKeys.of(name);
        boolean shortCode = key.replace(" ", "").length() <= 3;
        if (name.isEmpty()
                || !LATIN_NAME.matcher(name).matches()
                || name.contains(",")
                || (shortCode && !(SHORT_COUNTRY_ALIASES.contains(key) && name.equals(name.toUpperCase())))
                || UNWANTED_COUNTRY_ALIASES.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Whether one of GeoNames' alternate city names is worth keeping: Latin script, not a code, not in capitals. */
    static boolean isCityAlternate(String candidate) {
        return candidate.length() >= 3
                && !candidate.equals(candidate.toUpperCase())
                && LATIN_NAME.matcher(candidate).matches();
    }

    /** One spelling per key: "Munchen" adds nothing once "München" is there. */
    static List<String> dedupe(Set<String> names) {
        Map<String, String> byKey = new HashMap<>();
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (byKey.putIfAbsent(PlaceKeys.of(name), name) == null) {
                kept.add(name);
            }
        }
        return kept;
    }
}
