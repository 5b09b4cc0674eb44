package dev.lede.enrich.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a place name: the spellings a writer may use for one name ("München", "Munchen", "MÜNCHEN";
 * "U.S.", "US"; "Guinea-Bissau", "Guinea Bissau"; "the Netherlands", "Netherlands") share one key.
 */
public final class PlaceKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-‐‑–—_]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private PlaceKeys() {}

    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(PlaceNames.withoutCue(name), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('`', '\'')
                .replace(".", "");
        folded = SEPARATORS.matcher(folded).replaceAll(" ").strip();
        return LEADING_THE.matcher(folded).replaceFirst("");
    }
}
