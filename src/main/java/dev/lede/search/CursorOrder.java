package dev.lede.search;

import dev.lede.model.SearchRequest;

/**
 * A {@code cursor} belongs to the order of the search that gave it: the positions it holds mean nothing in another
 * order, so every engine writes the order into its cursors and refuses one used with another sort.
 */
public final class CursorOrder {

    public static final String PARAMETER = "cursor";

    private CursorOrder() {}

    /** The name of the order a cursor for {@code request} belongs to: its effective order (no letters but a–z). */
    public static String of(SearchRequest request) {
        return SearchRules.effectiveOrder(request).label();
    }

    /** @throws InvalidSearchException naming {@code cursor} when a cursor made for {@code madeFor} is used elsewhere */
    public static void require(String madeFor, SearchRequest request) {
        if (!of(request).equals(madeFor)) {
            throw new InvalidSearchException(
                    PARAMETER, "cursor belongs to a search in another order; use it with the same sort");
        }
    }
}
