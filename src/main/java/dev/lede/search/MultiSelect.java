package dev.lede.search;

import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.util.EnumSet;
import java.util.Set;

/** How a multi-select request's filters count, the same in every engine. */
public final class MultiSelect {

    private MultiSelect() {}

    /**
     * With multi-select, a field with one selected value counts sideways like an "any of" field: for one value "all
     * of" and "any of" select the same articles, and only the "any of" form lets its own counts ignore it.
     */
    public static SearchRequest withSidewaysSelections(SearchRequest request) {
        if (!request.multiSelect()) {
            return request;
        }
        Set<FacetField> sideways = EnumSet.noneOf(FacetField.class);
        sideways.addAll(request.anyOf());
        request.filters().forEach((field, values) -> {
            if (values.size() == 1) {
                sideways.add(field);
            }
        });
        return request.toBuilder().anyOf(sideways).build();
    }
}
