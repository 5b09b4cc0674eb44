package dev.lede.web;

import dev.lede.search.ArticleSearch;
import dev.lede.search.SearchRules;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /api/suggest?q=…}: "did you mean", the query with unknown words corrected ({@code suggestion: null} when none). */
final class SuggestEndpoint {

    private final ArticleSearch search;

    SuggestEndpoint(ArticleSearch search) {
        this.search = search;
    }

    void suggest(Context ctx) throws IOException {
        String query = ctx.queryParam("q");
        if (query == null || query.isBlank()) {
            throw new BadRequest("q", "q is required: the query to check the spelling of");
        }
        SearchRules.checkQueryLength(query);
        Map<String, Object> answer = new HashMap<>();
        answer.put("query", query);
        answer.put("suggestion", search.spellingSuggestion(query).orElse(null));
        ctx.json(answer);
    }
}
