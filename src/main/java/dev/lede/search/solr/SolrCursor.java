package dev.lede.search.solr;

import dev.lede.search.InvalidSearchException;
import java.util.Base64;

/**
 * Lede's {@code cursor} on SolrCloud: Solr's own cursor mark (its sort values after the last hit, the id breaking
 * ties), with how many hits came before it, so that the page that reaches the last match can say there is no next.
 */
record SolrCursor(long offset, String mark) {

    static final String PARAMETER = "cursor";

    /** Where a first page starts. */
    static final SolrCursor START = new SolrCursor(0, "*");

    String text() {
        return offset + "." + mark;
    }

    static SolrCursor parse(String text) {
        int dot = text.indexOf('.');
        try {
            long offset = Long.parseLong(text.substring(0, dot));
            String mark = text.substring(dot + 1);
            Base64.getDecoder().decode(mark);
            if (offset < 0 || mark.isEmpty()) {
                throw new IllegalArgumentException();
            }
            return new SolrCursor(offset, mark);
        } catch (RuntimeException e) {
            throw new InvalidSearchException(PARAMETER, "cursor is not one this server gave; start again without it");
        }
    }
}
