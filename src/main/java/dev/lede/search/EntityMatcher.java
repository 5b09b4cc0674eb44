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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Resolves what follows {@code person:}, {@code place:}, {@code country:}, {@code org:} or {@code source:} in a query
 * to the indexed values it means, forgivingly: a whole name or alias, or a word of one ("zelenskyy" finds "Volodymyr
 * Zelenskyy"), ignoring case and accents; {@code zel*} matches any word that starts so. Aliases count as their name;
 * a name that matches nothing may be another name of a value or a transliteration of a person's name.
 */
final class EntityMatcher {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}]+");

    private final Function<FacetField, List<String>> indexedValues;
    private final EntityAliases aliases;
    private final FilterQueryBuilder filters;

    /** @param indexedValues every value of a field in the index snapshot searched */
    EntityMatcher(Function<FacetField, List<String>> indexedValues, EntityAliases aliases, FilterQueryBuilder filters) {
        this.indexedValues = indexedValues;
        this.aliases = aliases;
        this.filters = filters;
    }

    Query exact(FacetField field, String text) {
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
            return query(field, otherNames(field, text));
        }
        return query(field, whole.isEmpty() ? byWords : whole);
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

    Query prefix(FacetField field, String prefix) {
        WordPrefix wanted = new WordPrefix(prefix);
        List<String> matches = new ArrayList<>();
        for (String value : indexedValues.apply(field)) {
            if (wanted.matches(value)) {
                matches.add(value);
            }
        }
        return query(field, matches);
    }

    /** The articles with any matched value, or with any other value shown under the same name. */
    private Query query(FacetField field, List<String> matched) {
        Set<String> members = new LinkedHashSet<>();
        for (String value : matched) {
            if (!aliases.isBlocked(field, value)) {
                members.addAll(aliases.members(field, aliases.canonical(field, value)));
            }
        }
        return members.isEmpty() ? new MatchNoDocsQuery() : filters.anyOf(field, List.copyOf(members));
    }

    static String fold(String text) {
        return WordPrefix.fold(text);
    }

    private static List<String> words(String text) {
        return List.of(WORD_BREAK.split(text));
    }
}
