package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.WordPrefix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The values of one facet field whose name, alias or known other name ("Bombay" for "Mumbai") has a word starting
 * with a prefix, counted under a search: for
 * autocomplete. The matching articles are collected once and every value of the field counted from doc values; only
 * a name that gathers several indexed values needs a query of its own, to count each article once, and only while it
 * can still reach the top.
 */
final class FacetValueSearch {

    private static final Comparator<FacetValue> BEST_FIRST =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private FacetValueSearch() {}

    static List<FacetValue> find(
            LuceneArticleSearch search, SearchRequest request, FacetField field, String prefix, int limit)
            throws IOException {
        WordPrefix wanted = WordPrefix.ofValueSearch(prefix, limit);
        // Like the search's own counts: a field selected as "any of" is counted without its own selection.
        SearchRequest base = request.anyOf().contains(field) ? request.withoutSelection(field) : request;
        try {
            return search.onSnapshot((searcher, aliases) -> {
                SortedSetDocValuesReaderState state = search.facetState(searcher.getIndexReader());
                Query query = search.matching(base, aliases);
                if (state == null) {
                    return List.of();
                }
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                List<String> named = aliases.typed(field, prefix.strip());
                List<Group> candidates = groups(state, matches, field, aliases).stream()
                        .filter(group ->
                                named.contains(group.name) || wanted.matchesAnyNameOf(aliases, field, group.name))
                        .sorted(Comparator.comparingLong(Group::atMost)
                                .reversed()
                                .thenComparing(group -> group.name))
                        .toList();
                return top(
                        candidates,
                        limit,
                        group -> {
                            if (group.indexedValues == 1
                                    && !aliases.withdrawnFromAny(field, aliases.members(field, group.name))) {
                                return group.atMost;
                            }
                            return searcher.count(new BooleanQuery.Builder()
                                    .add(query, Occur.FILTER)
                                    .add(search.anyOf(field, List.of(group.name), aliases), Occur.FILTER)
                                    .build());
                        },
                        field,
                        aliases);
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        }
    }

    /** A name as curation shows it, with the summed counts of the indexed values shown under it. */
    private static final class Group {
        final String name;
        long atMost;
        int indexedValues;

        Group(String name) {
            this.name = name;
        }

        long atMost() {
            return atMost;
        }
    }

    private interface ExactCount {
        long of(Group group) throws IOException;
    }

    private static List<Group> groups(
            SortedSetDocValuesReaderState state, FacetsCollector matches, FacetField field, EntityAliases aliases)
            throws IOException {
        FacetResult all;
        try {
            all = new SortedSetDocValuesFacetCounts(state, matches).getAllChildren(Schema.dimension(field));
        } catch (IllegalArgumentException dimensionNotIndexed) {
            return List.of();
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (LabelAndValue value : all == null ? new LabelAndValue[0] : all.labelValues) {
            long count = value.value.longValue();
            if (count > 0 && !aliases.isBlocked(field, value.label)) {
                Group group = groups.computeIfAbsent(aliases.canonical(field, value.label), Group::new);
                group.atMost += count;
                group.indexedValues++;
            }
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * The best {@code limit} values. Candidates come by descending upper bound (the sum of their values' counts), so
     * once the last of the best so far beats the next bound, no later candidate can enter and counting stops.
     */
    private static List<FacetValue> top(
            List<Group> candidates, int limit, ExactCount exact, FacetField field, EntityAliases aliases)
            throws IOException {
        List<FacetValue> best = new ArrayList<>();
        for (Group group : candidates) {
            if (best.size() == limit && group.atMost < best.getLast().count()) {
                break;
            }
            best.add(new FacetValue(group.name, exact.of(group), aliases.aliases(field, group.name)));
            best.sort(BEST_FIRST);
            if (best.size() > limit) {
                best.removeLast();
            }
        }
        return List.copyOf(best);
    }
}
