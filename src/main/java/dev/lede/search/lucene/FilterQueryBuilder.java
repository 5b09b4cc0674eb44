package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Combines the keyword query with the request's filters. "All of" selections become required filter clauses;
 * "any of" selections become drill-down dimensions, so that their own counts can be computed sideways. Excluded
 * values become prohibited clauses.
 */
final class FilterQueryBuilder {

    /**
     * With multi-select, the publication range is a drill-down dimension of its own (no facet field has this name),
     * so that one run of the query also yields the matches without it, which the publication histogram counts.
     */
    static final String PUBLISHED_RANGE = "published range";

    private final FacetsConfig facetsConfig;

    FilterQueryBuilder(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /**
     * A selected value matches the articles that have it or any value curation merged into it; a value typed by
     * another of its names ("Bombay", "Burma") matches those of the value it names.
     */
    DrillDownQuery build(SearchRequest request, Query keywords, EntityAliases aliases) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(keywords, Occur.MUST);
        for (FacetField field : FacetField.values()) {
            if (!request.anyOf().contains(field)) {
                for (String value : request.selected(field)) {
                    base.add(anyOf(field, aliases.membersOfTyped(field, value), aliases), Occur.FILTER);
                }
            }
            for (String value : request.excluded(field)) {
                base.add(anyOf(field, aliases.membersOfTyped(field, value), aliases), Occur.MUST_NOT);
            }
        }
        boolean datesSideways = excludesDatesFromHistogram(request);
        if ((request.from() != null || request.to() != null) && !datesSideways) {
            base.add(publishedBetween(request.from(), request.to()), Occur.FILTER);
        }
        if (request.mentionedFrom() != null || request.mentionedTo() != null) {
            base.add(mentionsDateBetween(request.mentionedFrom(), request.mentionedTo()), Occur.FILTER);
        }
        for (FacetField field : request.anyOf()) {
            if (!request.selected(field).isEmpty()
                    && anyMembers(request, field, aliases).isEmpty()) {
                // Every value chosen is blocked: none of them can match, and a dimension without values would match
                // all.
                base.add(MatchNoDocsQuery.INSTANCE, Occur.FILTER);
            }
        }
        DrillDownQuery query = new DrillDownQuery(facetsConfig, base.build());
        for (FacetField field : request.anyOf()) {
            for (String member : anyMembers(request, field, aliases)) {
                Set<String> withdrawn = withdrawn(field, member, aliases);
                if (withdrawn.isEmpty()) {
                    query.add(Schema.dimension(field), member);
                } else {
                    query.add(Schema.dimension(field), withoutArticles(valueQuery(field, member), withdrawn));
                }
            }
        }
        if (datesSideways) {
            query.add(PUBLISHED_RANGE, publishedBetween(request.from(), request.to()));
        }
        return query;
    }

    private static List<String> anyMembers(SearchRequest request, FacetField field, EntityAliases aliases) {
        List<String> members = new ArrayList<>();
        for (String value : request.selected(field)) {
            members.addAll(aliases.membersOfTyped(field, value));
        }
        return members;
    }

    /** Multi-select: the publication histogram counts as if {@code from}/{@code to} were absent. */
    static boolean excludesDatesFromHistogram(SearchRequest request) {
        return request.multiSelect() && (request.from() != null || request.to() != null);
    }

    /** Articles that have any of {@code values} in {@code field}. */
    Query anyOf(FacetField field, List<String> values) {
        return anyOf(field, values, EntityAliases.NONE);
    }

    /**
     * Articles that have any of {@code values} in {@code field} as curation shows them: not those a country was taken
     * from because only a blocked place brought it.
     */
    Query anyOf(FacetField field, List<String> values, EntityAliases aliases) {
        if (values.size() == 1) {
            return withoutArticles(valueQuery(field, values.getFirst()), withdrawn(field, values.getFirst(), aliases));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(withoutArticles(valueQuery(field, value), withdrawn(field, value, aliases)), Occur.SHOULD);
        }
        return any.build();
    }

    private Query valueQuery(FacetField field, String value) {
        return new TermQuery(Schema.facetTerm(facetsConfig, field, value));
    }

    private static Set<String> withdrawn(FacetField field, String value, EntityAliases aliases) {
        return aliases.articlesWithdrawnFrom(field, value);
    }

    private static Query withoutArticles(Query query, Set<String> ids) {
        if (ids.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(
                        new TermInSetQuery(
                                Schema.ID, ids.stream().map(BytesRef::new).toList()),
                        Occur.MUST_NOT)
                .build();
    }

    /** Articles published from {@code from} to {@code to}, inclusive, either side open when {@code null}. */
    static Query publishedBetween(LocalDate from, LocalDate to) {
        long lower = from == null ? Long.MIN_VALUE : startOfDay(from);
        long upper = to == null ? Long.MAX_VALUE : startOfDay(to.plusDays(1)) - 1;
        return LongPoint.newRangeQuery(Schema.PUBLISHED, lower, upper);
    }

    /** A mentioned day, month or year counts when it lies wholly inside the range. */
    static Query mentionsDateBetween(LocalDate from, LocalDate to) {
        long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return LongRange.newWithinQuery(Schema.MENTIONED_RANGE, new long[] {first}, new long[] {last});
    }

    private static long startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
