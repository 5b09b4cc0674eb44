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
    /** What {@code [\s\u00A0\-‐‑–—_]} matches. */
    private static final String SEPARATORS = " \t\n\u000B\f\r\u00A0-‐‑–—_";

    private PlaceKeys() {}

    public static String of(String name) {
        String uncued = PlaceNames.withoutCue(name);
        // NFD leaves ASCII as it is, and ASCII has no combining marks
        String unmarked = isAscii(uncued)
                ? uncued
                : MARKS.matcher(Normalizer.normalize(uncued, Normalizer.Form.NFD))
                        .replaceAll("");
        String folded = unmarked.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('`', '\'')
                .replace(".", "");
        folded = CharacterRuns.asOneSpace(folded, SEPARATORS).strip();
        return folded.startsWith("the ") ? folded.substring("the ".length()) : folded;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
