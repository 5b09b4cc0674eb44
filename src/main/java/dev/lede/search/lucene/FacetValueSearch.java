package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.WordPrefix;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;

/**
 * The values of one facet field whose name, alias or known other name ("Bombay" for "Mumbai") has a word starting
 * with a prefix, counted under a search: for autocomplete. The matching articles are collected once and the field
 * counted by the snapshot's {@link CanonicalOrdinals}, each article once per name as curation shows it.
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
                CanonicalOrdinals ordinals = search.ordinals(searcher.getIndexReader(), aliases);
                if (ordinals == null) {
                    return List.of();
                }
                FacetsCollector matches = searcher.search(search.matching(base, aliases), new FacetsCollectorManager());
                List<String> named = aliases.typed(field, prefix.strip());
                return ordinals.count(matches, Set.of(field), Set.of()).values(Schema.dimension(field)).stream()
                        .filter(value ->
                                named.contains(value.value()) || wanted.matchesAnyNameOf(aliases, field, value.value()))
                        .sorted(BEST_FIRST)
                        .limit(limit)
                        .map(value ->
                                new FacetValue(value.value(), value.count(), aliases.aliases(field, value.value())))
                        .toList();
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        }
    }
}
