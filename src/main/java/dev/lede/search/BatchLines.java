package dev.lede.search;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each line of a batch search asks for, engine-neutral: the name of a person, organisation, place or country
 * (matched whole, ignoring case and accents, through aliases and curation, as {@code person:} does in a query), or
 * else a keyword query under the batch's filters. Each engine only lists the indexed values and counts.
 */
public final class BatchLines {

    /** Tried in this order: a name that is both a place and a country counts as the place. */
    public static final List<FacetField> ENTITY_FIELDS =
            List.of(FacetField.PERSON, FacetField.ORG, FacetField.PLACE, FacetField.COUNTRY);

    /** A line that names an entity: the indexed value or name it found, and the name that value is shown as. */
    public record Named(FacetField field, String alias, String canonical) {}

    /** Lists every indexed value of a field. */
    @FunctionalInterface
    public interface IndexedValues {
        List<String> of(FacetField field) throws IOException;
    }

    private final EntityAliases aliases;
    private final Map<FacetField, Map<String, String>> names;

    private BatchLines(EntityAliases aliases, Map<FacetField, Map<String, String>> names) {
        this.aliases = aliases;
        this.names = names;
    }

    /**
     * Per field, every indexed value and every name values are shown as, by its folded form, mapped to that value;
     * blocked values are left out.
     */
    public static BatchLines of(EntityAliases aliases, IndexedValues indexed) throws IOException {
        Map<FacetField, Map<String, String>> names = new EnumMap<>(FacetField.class);
        for (FacetField field : ENTITY_FIELDS) {
            Map<String, String> byFolded = new HashMap<>();
            for (String value : indexed.of(field)) {
                if (!aliases.isBlocked(field, value)) {
                    byFolded.putIfAbsent(EntityMatcher.fold(value), value);
                    String canonical = aliases.canonical(field, value);
                    byFolded.putIfAbsent(EntityMatcher.fold(canonical), canonical);
                }
            }
            names.put(field, byFolded);
        }
        return new BatchLines(aliases, names);
    }

    /** The entity {@code line} names, if it names one. */
    public Optional<Named> named(String line) {
        String wanted = EntityMatcher.fold(line);
        for (FacetField field : ENTITY_FIELDS) {
            String alias = named(names.get(field), field, line, wanted);
            if (alias != null) {
                return Optional.of(new Named(field, alias, aliases.canonical(field, alias)));
            }
        }
        return Optional.empty();
    }

    /** The indexed value or name a line names, directly or as another name of it ("Bombay" for Mumbai). */
    private String named(Map<String, String> byFolded, FacetField field, String line, String wanted) {
        String direct = byFolded.get(wanted);
        if (direct != null) {
            return direct;
        }
        for (String name : aliases.typed(field, line)) {
            String value = byFolded.get(EntityMatcher.fold(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The search for a keyword line: its words under the batch's filters and query. */
    public static SearchRequest keywords(SearchRequest filters, String line) {
        String keywords = filters.hasKeywords() ? "(" + filters.query() + ") AND (" + line + ")" : line;
        return SearchRequest.builder()
                .query(keywords)
                .filters(filters.filters())
                .anyOf(filters.anyOf())
                .published(filters.from(), filters.to())
                .mentioned(filters.mentionedFrom(), filters.mentionedTo())
                .sort(filters.sort())
                .size(1)
                .build();
    }
}
