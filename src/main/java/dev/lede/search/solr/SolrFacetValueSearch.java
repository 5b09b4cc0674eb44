package dev.lede.search.solr;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.WordPrefix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The values of one field whose name or alias has a word starting with a prefix, counted under a search, with the
 * Lucene engine's rules ({@code search.FacetValueSearch}). Solr's own facet.prefix and facet.contains see only the
 * indexed value, not its aliases, case- and accent-folded word starts, so every value under the search is counted by
 * Solr and chosen here; a name that gathers several indexed values is counted by a query of its own, each article
 * once.
 */
final class SolrFacetValueSearch {

    private static final Comparator<FacetValue> BEST_FIRST =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private SolrFacetValueSearch() {}

    static List<FacetValue> find(
            SolrArticleSearch solr,
            EntityAliases aliases,
            SearchRequest request,
            FacetField field,
            String prefix,
            int limit)
            throws IOException {
        WordPrefix wanted = WordPrefix.ofValueSearch(prefix, limit);
        QueryResponse counted = solr.query(SolrSearchQuery.countingEveryValue(request, aliases, field));
        List<String> named = aliases.typed(field, prefix.strip());
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SolrSearchQuery.Group> groups = new ArrayList<>();
        for (Map.Entry<String, Long> value :
                SolrFacets.curated(counted, field, aliases).entrySet()) {
            String name = value.getKey();
            List<String> members = aliases.members(field, name);
            if (!named.contains(name) && !wanted.matchesAnyNameOf(aliases, field, name)) {
                continue;
            }
            counts.put(name, value.getValue());
            if (members.size() > 1 || aliases.withdrawnFromAny(field, members)) {
                groups.add(new SolrSearchQuery.Group("g" + groups.size(), field, members));
            }
        }
        if (!groups.isEmpty()) {
            Map<String, Integer> exact = solr.query(SolrSearchQuery.countingGroups(request, aliases, groups))
                    .getFacetQuery();
            groups.forEach(group -> counts.put(
                    group.members().getFirst(),
                    exact.getOrDefault(group.key(), 0).longValue()));
        }
        return counts.entrySet().stream()
                .map(entry -> new FacetValue(entry.getKey(), entry.getValue(), aliases.aliases(field, entry.getKey())))
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }
}
