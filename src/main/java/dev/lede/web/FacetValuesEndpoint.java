package dev.lede.web;

import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/facets/{field}?prefix=zel&<the filters of /api/search>}: the values of a field whose name or alias
 * has a word starting with the prefix, counted under the search, for autocomplete. An unknown field is a 400 naming
 * {@code field}, like an unknown name in {@code any=}: the field is picked from a fixed list, so the answer can say
 * exactly what was wrong and what the choices are (a 404 is kept for paths and articles that do not exist).
 */
final class FacetValuesEndpoint {

    static final String FIELD = "field";
    static final String PREFIX = "prefix";
    static final String LIMIT = "limit";
    private static final Set<String> OWN_PARAMETERS = Set.of(PREFIX, LIMIT);

    private final ArticleSearch search;

    FacetValuesEndpoint(ArticleSearch search) {
        this.search = search;
    }

    /**
     * The response body: {@code {"field": "person", "values": [...], "warnings": [...]}}, the warnings naming the
     * parameters it did not read, as a search's do.
     */
    record FacetValueMatches(String field, List<FacetValue> values, List<String> warnings) {}

    void values(Context ctx) throws IOException {
        String name = ctx.pathParam(FIELD);
        FacetField field = FacetField.byParameter(name)
                .orElseThrow(() -> new BadRequest(
                        FIELD, "field must be one of " + FacetField.parameterNames() + ", not '" + name + "'"));
        String prefix = ctx.queryParam(PREFIX) == null ? "" : ctx.queryParam(PREFIX);
        int limit = SearchParams.integer(ctx, LIMIT, SearchRequest.DEFAULT_FACET_LIMIT);
        List<FacetValue> values = search.facetValues(SearchParams.from(ctx), field, prefix, limit);
        ctx.json(new FacetValueMatches(field.parameter(), values, SearchParams.ignored(ctx, OWN_PARAMETERS)));
    }
}
