package dev.lede.web;

import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/facets/{field}?prefix=zel&<the filters of /api/search>}: the values of a field whose name or alias
 * has a word starting with the prefix, counted under the search, for autocomplete. An unknown field is a 404, as an
 * unknown article is: the field names the resource in the path, it is not a parameter that could be corrected.
 */
final class FacetValuesEndpoint {

    static final String PREFIX = "prefix";
    static final String LIMIT = "limit";

    private final ArticleSearch search;

    FacetValuesEndpoint(ArticleSearch search) {
        this.search = search;
    }

    /** The response body: {@code {"field": "person", "values": [...]}}. */
    record FacetValueMatches(String field, List<FacetValue> values) {}

    void values(Context ctx) throws IOException {
        String name = ctx.pathParam("field");
        Optional<FacetField> field = FacetField.byParameter(name);
        if (field.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND)
                    .json(new ApiError(
                            404,
                            "No facet field '" + name + "'; the fields are " + FacetField.parameterNames(),
                            "field"));
            return;
        }
        String prefix = ctx.queryParam(PREFIX);
        List<FacetValue> values =
                search.facetValues(SearchParams.from(ctx), field.get(), prefix == null ? "" : prefix, limit(ctx));
        ctx.json(new FacetValueMatches(field.get().parameter(), values));
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam(LIMIT);
        if (raw == null || raw.isBlank()) {
            return SearchRequest.DEFAULT_FACET_LIMIT;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(LIMIT, LIMIT + " must be a whole number, not '" + raw + "'");
        }
    }
}
