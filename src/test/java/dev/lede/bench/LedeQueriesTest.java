package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.FacetField;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.model.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedeQueriesTest {

    private static final String LINE = "{\"id\":\"q0004\",\"kind\":\"phrase\",\"text\":\"crude oil\","
            + "\"terms\":[\"crude\",\"oil\"],\"filters\":{\"places\":[\"usa\"]},"
            + "\"published_range\":{\"from\":\"1987-03-01T00:00:00Z\",\"to\":\"1987-03-31T00:00:00Z\"},"
            + "\"facet_date\":{\"start\":\"1987-02-01T00:00:00Z\",\"end\":\"1987-11-01T00:00:00Z\",\"gap\":\"+1MONTH\"},"
            + "\"source_doc\":\"reuters-123\"}";

    @Test
    void aPhraseWithAPlaceFilterAndAWindowBecomesAMultiSelectRequest() {
        SearchRequest request = LedeQueries.request(QueryMix.parse(LINE, "test"), MixVariant.FULL);
        assertEquals("\"crude oil\"", request.query());
        assertEquals(List.of("usa"), request.selected(FacetField.PLACE));
        assertEquals(Set.of(FacetField.PLACE), request.anyOf());
        assertEquals(LocalDate.of(1987, 3, 1), request.from());
        assertEquals(LocalDate.of(1987, 3, 30), request.to(), "the exclusive midnight is the day before");
        assertEquals(LocalDate.of(1987, 2, 1), request.histogramFrom());
        assertEquals(LocalDate.of(1987, 10, 31), request.histogramTo());
        assertEquals(HistogramUnit.MONTH, request.histogramUnit());
        assertEquals(Set.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG), request.counted());
        assertEquals(Set.of(Timeline.PUBLISHED), request.timelines());
        assertTrue(request.multiSelect() && request.highlight());
        assertEquals(10, request.size());
    }

    @Test
    void theVariantsSetRowsSortAndHighlighting() {
        QuerySpec query = QueryMix.parse(LINE, "test");
        SearchRequest facetsOnly = LedeQueries.request(query, MixVariant.FACETS_ONLY);
        assertEquals(0, facetsOnly.size());
        assertEquals(false, facetsOnly.highlight());
        assertEquals(
                SortOrder.NEWEST,
                LedeQueries.request(query, MixVariant.SORT_PUBLISHED).sort());
    }

    @Test
    void theQueryStringAsksForEveryPartOfTheRequest() {
        String query =
                LedeQueries.queryString(LedeQueries.request(QueryMix.parse(LINE, "test"), MixVariant.FACETS_ONLY));
        assertEquals(
                "q=%22crude+oil%22&place=usa&any=place&from=1987-03-01&to=1987-03-30&sort=relevance&size=0"
                        + "&facetLimit=10&highlight=false&facets=orgs%2Cpeople%2Cplaces%2Cpublished"
                        + "&histogramFrom=1987-02-01&histogramTo=1987-10-31&histogramUnit=month&multiSelect=true",
                query);
    }

    @Test
    void aLineThatIsNotAQueryIsRefusedWithWhereItIs() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> QueryMix.parse("{\"id\":\"q1\"}", "mix:7"));
        assertTrue(refused.getMessage().startsWith("mix:7: "), refused.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> LedeQueries.request(
                        QueryMix.parse("{\"terms\":[\"a\"],\"filters\":{\"topics\":[\"x\"]}}", "mix:8"),
                        MixVariant.FULL));
    }
}
