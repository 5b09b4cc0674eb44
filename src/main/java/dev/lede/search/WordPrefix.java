package dev.lede.search;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Some word of this name starts with what was typed", ignoring case and accents: "zel" and "ZEL" match "Volodymyr
 * Zelenskyy", "elo" matches "Élodie Ferrandou", "volodymyr ze" matches across words, "lens" matches nothing.
 */
public final class WordPrefix {

    static final int MAX_LENGTH = 100;

    /** Shorter prefixes match too many of the gazetteer's names in other languages ("n": Nippon, Nkran) to help. */
    static final int MIN_LENGTH_FOR_OTHER_NAMES = 3;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String prefix;

    public WordPrefix(String typed) {
        this.prefix = fold(typed);
    }

    /**
     * The prefix of a facet value search, whatever the engine.
     *
     * @throws InvalidSearchException naming {@code limit} or {@code prefix} when out of bounds
     */
    public static WordPrefix ofValueSearch(String prefix, int limit) {
        if (limit < 1 || limit > SearchRequest.MAX_FACET_LIMIT) {
            throw new InvalidSearchException("limit", "limit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
        }
        if (prefix.length() > MAX_LENGTH) {
            throw new InvalidSearchException("prefix", "prefix may be at most " + MAX_LENGTH + " characters long");
        }
        return new WordPrefix(prefix);
    }

    boolean isEmpty() {
        return prefix.isEmpty();
    }

    public boolean matches(String name) {
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

    /**
     * Whether a word of {@code name}, of an indexed value shown as it, or (from {@link #MIN_LENGTH_FOR_OTHER_NAMES}
     * letters on) of one of their known other names ("Bombay" for "Mumbai") starts with the prefix.
     */
    public boolean matchesAnyNameOf(EntityAliases aliases, FacetField field, String name) {
        return aliases.members(field, name).stream().anyMatch(this::matches)
                || prefix.length() >= MIN_LENGTH_FOR_OTHER_NAMES
                        && aliases.otherNames(field, name).stream().anyMatch(this::matches);
    }

    /** Lower case, without accents, single spaces. */
    static String fold(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
