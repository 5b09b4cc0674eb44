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
        SolrCursor cursor = SolrCursor.after(20, newest, MARK);

        assertEquals(cursor, SolrCursor.parse(cursor.text(), newest));
    }

    @Test
    void aCursorIsRefusedWithAnotherOrderNamingTheCursor() {
        String oldest = SolrCursor.after(20, sorted("", SortOrder.OLDEST), MARK).text();

        InvalidSearchException refused = assertThrows(
                InvalidSearchException.class, () -> SolrCursor.parse(oldest, sorted("", SortOrder.NEWEST)));
        assertEquals("cursor", refused.parameter());
        assertTrue(refused.getMessage().contains("another order"), refused.getMessage());
    }

    @Test
    void relevanceWithoutKeywordsIsNewestFirstSoTheirCursorsAreInterchangeable() {
        String relevance =
                SolrCursor.after(5, sorted("", SortOrder.RELEVANCE), MARK).text();

        assertEquals(
                5, SolrCursor.parse(relevance, sorted("", SortOrder.NEWEST)).offset());
        assertThrows(
                InvalidSearchException.class, () -> SolrCursor.parse(relevance, sorted("tram", SortOrder.RELEVANCE)));
    }

    @Test
    void aCursorTheServerDidNotGiveIsRefusedNamingTheCursor() {
        for (String text : List.of("not-a-cursor", "e30", "-1.newest." + MARK, "3.newest.", "x.newest." + MARK)) {
            InvalidSearchException refused = assertThrows(
                    InvalidSearchException.class, () -> SolrCursor.parse(text, sorted("", SortOrder.NEWEST)), text);
            assertEquals("cursor", refused.parameter(), text);
        }
    }
}
