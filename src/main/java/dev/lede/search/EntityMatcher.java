package dev.lede.search;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.PersonVariants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves what follows {@code person:}, {@code place:}, {@code country:}, {@code region:}, {@code org:} or {@code
 * source:} in a query to the indexed values it means, forgivingly: a whole name or alias, or a word of one ("zelenskyy"
 * finds "Volodymyr Zelenskyy"), ignoring case and accents; {@code zel*} matches any word that starts so. Aliases count
 * as their name; a name that matches nothing may be another name of a value or a transliteration of a person's name.
 * Each engine turns the values it answers into a filter of its own.
 */
public final class EntityMatcher {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}]+");

    private final Function<FacetField, List<String>> indexedValues;
    private final EntityAliases aliases;

    /** @param indexedValues every value of a field in the index snapshot searched */
    public EntityMatcher(Function<FacetField, List<String>> indexedValues, EntityAliases aliases) {
        this.indexedValues = indexedValues;
        this.aliases = aliases;
    }

    /** The aliases the values are resolved through, with the countries curation withdrew from articles. */
    public EntityAliases aliases() {
        return aliases;
    }

    /** The indexed values {@code text} names, with every value shown under the same name; empty when none. */
    public List<String> exact(FacetField field, String text) {
        String wanted = fold(text);
        List<String> whole = new ArrayList<>();
        List<String> byWords = new ArrayList<>();
        List<String> wantedWords = words(wanted);
        for (String value : indexedValues.apply(field)) {
            String folded = fold(value);
            if (folded.equals(wanted)) {
                whole.add(value);
            } else if (words(folded).containsAll(wantedWords)) {
                byWords.add(value);
            }
        }
        if (whole.isEmpty() && byWords.isEmpty()) {
            return withMergedValues(field, otherNames(field, text));
        }
        return withMergedValues(field, whole.isEmpty() ? byWords : whole);
    }

    /**
     * What a name matching no indexed value may still mean: another name of a value ("Bombay" for Mumbai), or for a
     * person a transliteration of the words of one ("Qaddafi" for Muammar Gaddafi).
     */
    private List<String> otherNames(FacetField field, String text) {
        if (field != FacetField.PERSON) {
            List<String> names = aliases.typed(field, text);
            return names.subList(1, names.size());
        }
        List<String> wantedKeys = words(PersonVariants.key(text));
        List<String> matches = new ArrayList<>();
        for (String value : indexedValues.apply(field)) {
            if (!wantedKeys.getFirst().isEmpty()
                    && words(PersonVariants.key(value)).containsAll(wantedKeys)) {
                matches.add(value);
            }
        }
        return matches;
    }

    /** The indexed values with a word starting with {@code prefix}, with their merged values; empty when none. */
    public List<String> prefix(FacetField field, String prefix) {
        WordPrefix wanted = new WordPrefix(prefix);
        List<String> matches = new ArrayList<>();
        for (String value : indexedValues.apply(field)) {
            if (wanted.matches(value)) {
                matches.add(value);
            }
        }
        return withMergedValues(field, matches);
    }

    /** The matched values and every other value shown under the same name, blocked values left out. */
    private List<String> withMergedValues(FacetField field, List<String> matched) {
        Set<String> members = new LinkedHashSet<>();
        for (String value : matched) {
            if (!aliases.isBlocked(field, value)) {
                members.addAll(aliases.members(field, aliases.canonical(field, value)));
            }
        }
        return List.copyOf(members);
    }

    static String fold(String text) {
        return WordPrefix.fold(text);
    }

    private static List<String> words(String text) {
        return List.of(WORD_BREAK.split(text));
    }
}
