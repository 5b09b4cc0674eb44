package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.InvalidSearchException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolrCursorTest {

    private static final String MARK = "AoJ4Kmdhc3Q=";

    private static SearchRequest sorted(String query, SortOrder order) {
        return SearchRequest.builder().query(query).sort(order).build();
    }

    @Test
    void aCursorComesBackForTheSameOrder() {
        SearchRequest newest = sorted("", SortOrder.NEWEST);
        String text = new SolrCursor(20, MARK).text(newest);

        assertEquals(new SolrCursor(20, MARK), SolrCursor.parse(text, newest));
    }

    @Test
    void aCursorIsRefusedWithAnotherOrderNamingTheCursor() {
        String oldest = new SolrCursor(20, MARK).text(sorted("", SortOrder.OLDEST));

        InvalidSearchException refused = assertThrows(
                InvalidSearchException.class, () -> SolrCursor.parse(oldest, sorted("", SortOrder.NEWEST)));
        assertEquals("cursor", refused.parameter());
        assertTrue(refused.getMessage().contains("another order"), refused.getMessage());
    }

    @Test
    void relevanceWithoutKeywordsIsNewestFirstSoTheirCursorsAreInterchangeable() {
        String relevance = new SolrCursor(5, MARK).text(sorted("", SortOrder.RELEVANCE));

        assertEquals(new SolrCursor(5, MARK), SolrCursor.parse(relevance, sorted("", SortOrder.NEWEST)));
        assertThrows(
                InvalidSearchException.class, () -> SolrCursor.parse(relevance, sorted("tram", SortOrder.RELEVANCE)));
    }

    @Test
    void aCursorTheServerDidNotGiveIsRefusedNamingTheCursor() {
        for (String text : List.of("not-a-cursor", "e30", "newest.-1." + MARK, "newest.3.", "newest.x." + MARK)) {
            InvalidSearchException refused = assertThrows(
                    InvalidSearchException.class, () -> SolrCursor.parse(text, sorted("", SortOrder.NEWEST)), text);
            assertEquals("cursor", refused.parameter(), text);
        }
    }
}
