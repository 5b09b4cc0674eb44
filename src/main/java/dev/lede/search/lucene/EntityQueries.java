package dev.lede.search.lucene;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.search.EntityMatcher;
import java.util.List;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/** The articles that the values {@link EntityMatcher} finds for a {@code person:}-style query term are filed under. */
final class EntityQueries {

    private final EntityMatcher matcher;
    private final FilterQueryBuilder filters;
    private final EntityAliases aliases;

    EntityQueries(EntityMatcher matcher, FilterQueryBuilder filters) {
        this(matcher, filters, EntityAliases.NONE);
    }

    /** @param aliases the aliases {@code matcher} applies, for the countries a blocked place takes with it */
    EntityQueries(EntityMatcher matcher, FilterQueryBuilder filters, EntityAliases aliases) {
        this.matcher = matcher;
        this.filters = filters;
        this.aliases = aliases;
    }

    Query exact(FacetField field, String text) {
        return anyOf(field, matcher.exact(field, text));
    }

    Query prefix(FacetField field, String prefix) {
        return anyOf(field, matcher.prefix(field, prefix));
    }

    private Query anyOf(FacetField field, List<String> values) {
        return values.isEmpty() ? new MatchNoDocsQuery() : filters.anyOf(field, values, aliases);
    }
}
