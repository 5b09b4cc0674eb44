package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultiSelectTest {

    private static SearchRequest.Builder selections() {
        return SearchRequest.builder()
                .filters(Map.of(
                        FacetField.PERSON, List.of("Vladimir Putin"),
                        FacetField.PLACE, List.of("Kyiv", "Moscow")))
                .anyOf(Set.of(FacetField.ORG))
                .filter(FacetField.ORG, List.of("NATO", "UN"));
    }

    @Test
    void withMultiSelectAOneValueSelectionCountsSidewaysBesideTheAnyOfFields() {
        SearchRequest counted = MultiSelect.withSidewaysSelections(
                selections().multiSelect(true).build());

        assertEquals(Set.of(FacetField.PERSON, FacetField.ORG), counted.anyOf());
    }

    @Test
    void withoutMultiSelectTheRequestIsLeftAsAsked() {
        SearchRequest asked = selections().multiSelect(false).build();

        assertSame(asked, MultiSelect.withSidewaysSelections(asked));
    }
}
