package dev.lede.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Some word of this name starts with what was typed", ignoring case and accents: "zel" and "ZEL" match "Volodymyr
 * Zelenskyy", "elo" matches "Élodie Ferrandou", "volodymyr ze" matches across words, "lens" matches nothing.
 */
final class WordPrefix {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String prefix;

    WordPrefix(String typed) {
        this.prefix = fold(typed);
    }

    boolean isEmpty() {
        return prefix.isEmpty();
    }

    boolean matches(String name) {
        if (prefix.isEmpty()) {
            return true;
        }
        String text = fold(name);
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, without accents, single spaces. */
    static String fold(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
