package dev.lede.web;

import dev.lede.model.DuplicateArticle;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code GET /api/articles/{id}/duplicates?limit=20}: the near-duplicates of one article, most alike first. */
final class DuplicatesEndpoint {

    static final String LIMIT = "limit";
    static final int DEFAULT_LIMIT = 20;
    private static final Set<String> OWN_PARAMETERS = Set.of(LIMIT);

    private final ArticleSearch search;

    DuplicatesEndpoint(ArticleSearch search) {
        this.search = search;
    }

    /** The response body, {@code {"id": "…", "duplicates": [...]}}, to which the answer adds {@code "warnings"}. */
    record Duplicates(String id, List<DuplicateArticle> duplicates) {}

    void duplicates(Context ctx) throws IOException {
        String id = SearchParams.pathName(ctx, "id");
        int limit = SearchParams.integer(ctx, LIMIT, DEFAULT_LIMIT);
        var duplicates = search.duplicates(id, limit);
        if (duplicates.isPresent()) {
            UnknownParameters.answerWithWarnings(ctx, new Duplicates(id, duplicates.get()), OWN_PARAMETERS);
        } else {
            throw new NotFound("No article with id '" + id + "'");
        }
    }
}
