package dev.lede.web;

import dev.lede.search.ArticleSearch;
import dev.lede.search.SearchRules;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/suggest?q=…}: "did you mean", the query with unknown or rare misspelt words corrected
 * ({@code suggestion: null} when none).
 */
final class SuggestEndpoint {

    private static final Set<String> OWN_PARAMETERS = Set.of(SearchParams.QUERY);

    private final ArticleSearch search;

    SuggestEndpoint(ArticleSearch search) {
        this.search = search;
    }

    void suggest(Context ctx) throws IOException {
        String query = ctx.queryParam(SearchParams.QUERY);
        if (query == null || query.isBlank()) {
            throw new BadRequest(SearchParams.QUERY, "q is required: the query to check the spelling of");
        }
        SearchRules.checkQueryLength(query);
        Map<String, Object> answer = new HashMap<>();
        answer.put("query", query);
        answer.put("suggestion", search.spellingSuggestion(query).orElse(null));
        UnknownParameters.answerWithWarnings(ctx, answer, OWN_PARAMETERS);
    }
}
