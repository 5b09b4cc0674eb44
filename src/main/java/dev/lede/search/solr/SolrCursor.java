package dev.lede.search.solr;

import dev.lede.model.SearchRequest;
import dev.lede.search.CursorOrder;
import dev.lede.search.InvalidSearchException;
import java.util.Base64;

/**
 * Lede's {@code cursor} on SolrCloud: Solr's own cursor mark (its sort values after the last hit, the id breaking
 * ties), with how many hits came before it, so that the page that reaches the last match can say there is no next,
 * and the order it was made for ({@link CursorOrder}), since a mark means nothing in another order.
 */
record SolrCursor(long offset, String order, String mark) {

    static final String PARAMETER = CursorOrder.PARAMETER;

    /** Where a first page starts. */
    static final SolrCursor START = new SolrCursor(0, "", "*");

    /** The cursor after {@code offset} hits of {@code request} in its order. */
    static SolrCursor after(long offset, SearchRequest request, String mark) {
        return new SolrCursor(offset, CursorOrder.of(request), mark);
    }

    String text() {
        return offset + "." + order + "." + mark;
    }

    /**
     * @throws InvalidSearchException naming {@code cursor} when this server did not make it, or made it for another
     *     order
     */
    static SolrCursor parse(String text, SearchRequest request) {
        SolrCursor cursor = parse(text);
        CursorOrder.require(cursor.order(), request);
        return cursor;
    }

    private static SolrCursor parse(String text) {
        try {
            String[] parts = text.split("\\.", 3);
            long offset = Long.parseLong(parts[0]);
            String mark = parts[2];
            Base64.getDecoder().decode(mark);
            if (offset < 0 || mark.isEmpty()) {
                throw new IllegalArgumentException();
            }
            return new SolrCursor(offset, parts[1], mark);
        } catch (RuntimeException e) {
            throw new InvalidSearchException(
                    PARAMETER, "cursor is not valid: pass the nextCursor of the previous page unchanged");
        }
    }
}
