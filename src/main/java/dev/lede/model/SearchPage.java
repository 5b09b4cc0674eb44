package dev.lede.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the counts that narrow them.
 *
 * @param facets top values per facet field, keyed by {@link FacetField#plural()}
 * @param published matching articles by publication period
 * @param mentioned matching articles by the periods their text mentions
 * @param warnings notes about how the request was understood, e.g. a query searched as plain words
 * @param nextCursor where the next page starts (pass it back as {@code cursor}), or {@code null} after the last hit
 */
public record SearchPage(
        String query,
        long total,
        long tookMs,
        int page,
        int size,
        String sort,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        DateHistogram published,
        DateHistogram mentioned,
        List<String> warnings,
        String nextCursor) {

    /** This page with {@code more} notes after its own. */
    public SearchPage withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new SearchPage(
                query,
                total,
                tookMs,
                page,
                size,
                sort,
                hits,
                facets,
                published,
                mentioned,
                List.copyOf(all),
                nextCursor);
    }
}
