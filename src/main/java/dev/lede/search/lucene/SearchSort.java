package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.SearchRules;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The Lucene sort of a request's {@linkplain SearchRules#effectiveOrder effective order}. */
final class SearchSort {

    private SearchSort() {}

    static Sort sortFor(SearchRequest request) {
        return sortFor(SearchRules.effectiveOrder(request));
    }

    private static Sort sortFor(SortOrder order) {
        return switch (order) {
            case RELEVANCE, RECENT -> new Sort(SortField.FIELD_SCORE, byPublished(true));
            case NEWEST -> new Sort(byPublished(true));
            case OLDEST -> new Sort(byPublished(false));
        };
    }

    /** Articles without a publication date sort last either way. */
    private static SortField byPublished(boolean newestFirst) {
        return new SortField(
                Schema.PUBLISHED, SortField.Type.LONG, newestFirst, newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    }
}
