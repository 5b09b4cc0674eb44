package dev.lede.search.solr;

import dev.lede.index.solr.SolrFields;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * The top people, places and organisations of every publication month of a search, in two Solr requests however
 * many months there are: a JSON terms facet over the months with each field's top values inside each month, then,
 * when merged values are among them, a query facet for each merged value inside each month (an article naming two
 * members of one value counts once). Counted and curated as a search's facets are ({@link SolrFacets}); a JSON
 * facet's refinement, like the classic facets', completes the counts of the values picked from what the shards sent,
 * so each shard sends as many more ({@link SolrSearchQuery#SHARD_OVERREQUEST}).
 */
final class SolrMonthlyCoMentions {

    private static final List<FacetField> FIELDS = List.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);
    private static final String MONTHS = "months";
    /** Merged values counted per request, so that a request's form stays small. */
    static final int GROUPS_PER_REQUEST = 200;

    private final SolrArticleSearch solr;
    private final EntityAliases aliases;
    private final SearchRequest perMonth;

    private SolrMonthlyCoMentions(SolrArticleSearch solr, EntityAliases aliases, SearchRequest perMonth) {
        this.solr = solr;
        this.aliases = aliases;
        this.perMonth = perMonth;
    }

    /**
     * For each month with matches of {@code request}, the top {@code limit} values of each field, keyed by the
     * fields' plural names as a search's facets are.
     */
    static Map<YearMonth, Map<String, List<FacetValue>>> count(
            SolrArticleSearch solr, SearchRequest request, EntityAliases aliases, int limit) throws IOException {
        SearchRequest perMonth = request.toBuilder()
                .size(0)
                .facetLimit(limit)
                .counting(Set.copyOf(FIELDS), Set.of())
                .build();
        return new SolrMonthlyCoMentions(solr, aliases, perMonth).count();
    }

    private Map<YearMonth, Map<String, List<FacetValue>>> count() throws IOException {
        Map<YearMonth, Map<FacetField, Map<String, Long>>> curated = topOfEachMonth();
        Map<List<Object>, SolrSearchQuery.Group> distinct = new LinkedHashMap<>();
        Map<YearMonth, List<SolrSearchQuery.Group>> groupsOfMonth = new HashMap<>();
        curated.forEach((month, counts) -> {
            List<SolrSearchQuery.Group> groups = new ArrayList<>();
            for (SolrSearchQuery.Group group : SolrFacets.groups(counts, aliases, "g", 0)) {
                groups.add(distinct.computeIfAbsent(
                        List.of(group.field(), group.members()),
                        key -> new SolrSearchQuery.Group("g" + distinct.size(), group.field(), group.members())));
            }
            groupsOfMonth.put(month, groups);
        });
        Map<YearMonth, Map<String, Long>> groupCounts = countInEachMonth(List.copyOf(distinct.values()));
        Map<YearMonth, Map<String, List<FacetValue>>> shown = new LinkedHashMap<>();
        curated.forEach((month, counts) -> shown.put(
                month,
                SolrFacets.shown(
                        counts,
                        groupsOfMonth.get(month),
                        groupCounts.getOrDefault(month, Map.of()),
                        perMonth,
                        aliases)));
        return shown;
    }

    /** Each month's values as curation shows them, with the summed counts of their indexed values. */
    private Map<YearMonth, Map<FacetField, Map<String, Long>>> topOfEachMonth() throws IOException {
        StringBuilder facets = new StringBuilder();
        for (FacetField field : FIELDS) {
            // A month holds few articles: every value it names that curation or a merge changed is looked past.
            int depth = 2 * perMonth.facetLimit() + aliases.curatedValueCount(field);
            facets.append(facets.isEmpty() ? "" : ",")
                    .append(field.plural())
                    .append(":{type:terms,field:")
                    .append(SolrFields.of(field))
                    .append(",limit:")
                    .append(depth)
                    .append(",overrequest:")
                    .append(SolrSearchQuery.SHARD_OVERREQUEST)
                    .append(",mincount:1,refine:true}");
        }
        Map<YearMonth, Map<FacetField, Map<String, Long>>> curated = new LinkedHashMap<>();
        for (BucketJsonFacet month : months(new SolrQuery(), facets.toString())) {
            Map<FacetField, Map<String, Long>> counts = new LinkedHashMap<>();
            for (FacetField field : FIELDS) {
                counts.put(field, SolrFacets.curated(indexed(month, field), field, aliases));
            }
            curated.put(YearMonth.parse(String.valueOf(month.getVal())), counts);
        }
        return curated;
    }

    private static Map<String, Long> indexed(BucketJsonFacet month, FacetField field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        BucketBasedJsonFacet values = month.getBucketBasedFacets(field.plural());
        if (values != null) {
            values.getBuckets().forEach(value -> counts.put(String.valueOf(value.getVal()), value.getCount()));
        }
        return counts;
    }

    /** How many of each month's matches have any value of each group, keyed by month and the group's key. */
    private Map<YearMonth, Map<String, Long>> countInEachMonth(List<SolrSearchQuery.Group> groups) throws IOException {
        Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
        for (int from = 0; from < groups.size(); from += GROUPS_PER_REQUEST) {
            List<SolrSearchQuery.Group> some = groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_REQUEST));
            SolrQuery parameters = new SolrQuery();
            StringBuilder facets = new StringBuilder();
            for (SolrSearchQuery.Group group : some) {
                // The members travel as a parameter the facet refers to, so that the JSON needs no escaping.
                parameters.set("lede." + group.key(), SolrSearchQuery.anyOf(group.field(), group.members(), aliases));
                facets.append(facets.isEmpty() ? "" : ",")
                        .append(group.key())
                        .append(":{type:query,q:\"{!lucene v=$lede.")
                        .append(group.key())
                        .append("}\"}");
            }
            for (BucketJsonFacet month : months(parameters, facets.toString())) {
                Map<String, Long> ofMonth =
                        counts.computeIfAbsent(YearMonth.parse(String.valueOf(month.getVal())), k -> new HashMap<>());
                for (SolrSearchQuery.Group group : some) {
                    NestableJsonFacet withGroup = month.getQueryFacet(group.key());
                    ofMonth.put(group.key(), withGroup == null ? 0L : withGroup.getCount());
                }
            }
        }
        return counts;
    }

    /** The matches' publication months, each with {@code facets} counted inside it. */
    private List<BucketJsonFacet> months(SolrQuery parameters, String facets) throws IOException {
        SolrQuery query = SolrSearchQuery.counting(perMonth, aliases);
        parameters.getParameterNamesIterator().forEachRemaining(name -> query.set(name, parameters.getParams(name)));
        query.set(
                "json.facet",
                "{" + MONTHS + ":{type:terms,field:" + SolrFields.MONTH + ",limit:-1,mincount:1,refine:true,facet:{"
                        + facets + "}}}");
        NestableJsonFacet answer = solr.query(query).getJsonFacetingResponse();
        BucketBasedJsonFacet months = answer == null ? null : answer.getBucketBasedFacets(MONTHS);
        return months == null ? List.of() : months.getBuckets();
    }
}
