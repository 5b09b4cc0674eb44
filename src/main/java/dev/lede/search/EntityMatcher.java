package dev.lede.search;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
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
 * Zelenskyy"), ignoring case and accents; {@code zel*} matches any word that starts so. Aliases count as their name.
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
        return query(field, whole.isEmpty() ? byWords : whole);
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
