package dev.lede.search;

import dev.lede.model.FacetField;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What search tests of either engine ask and read the same way. */
public final class SearchPages {

    private SearchPages() {}

    /** The ids of the page's hits. */
    public static Set<String> ids(SearchPage page) {
        return Set.copyOf(page.hits().stream().map(Hit::id).toList());
    }

    /** Everything with {@code values} of {@code field} (any of them when {@code anyOf} holds the field), newest first. */
    public static SearchRequest filteredBy(FacetField field, Set<FacetField> anyOf, String... values) {
        return SearchRequest.builder()
                .filters(Map.of(field, List.of(values)))
                .anyOf(anyOf)
                .sort(SortOrder.NEWEST)
                .build();
    }
}
