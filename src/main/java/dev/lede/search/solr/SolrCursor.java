package dev.lede.search.solr;

import dev.lede.model.SearchRequest;
import dev.lede.search.CursorOrder;
import dev.lede.search.InvalidSearchException;
import java.util.Base64;

/**
 * Lede's {@code cursor} on SolrCloud: the order it belongs to ({@link CursorOrder}), how many hits came before it (so
 * that the page that reaches the last match can say there is no next) and Solr's own cursor mark (its sort values
 * after the last hit, the id breaking ties), as {@code newest.20.AoJ…}.
 */
record SolrCursor(long offset, String mark) {

    static final String PARAMETER = CursorOrder.PARAMETER;

    /** Where a first page starts. */
    static final SolrCursor START = new SolrCursor(0, "*");

    /** The text of this cursor for pages of {@code request}. */
    String text(SearchRequest request) {
        return CursorOrder.of(request) + "." + offset + "." + mark;
    }

    /**
     * @throws InvalidSearchException naming {@code cursor} when the server did not give it, or gave it for another
     *     order than {@code request}'s
     */
    static SolrCursor parse(String text, SearchRequest request) {
        String[] parts = text.split("\\.", 3);
        SolrCursor cursor;
        try {
            long offset = Long.parseLong(parts[1]);
            String mark = parts[2];
            Base64.getDecoder().decode(mark);
            if (offset < 0 || mark.isEmpty() || !parts[0].matches("[a-z]+")) {
                throw new IllegalArgumentException();
            }
            cursor = new SolrCursor(offset, mark);
        } catch (RuntimeException e) {
            throw new InvalidSearchException(PARAMETER, "cursor is not one this server gave; start again without it");
        }
        CursorOrder.require(parts[0], request);
        return cursor;
    }
}
