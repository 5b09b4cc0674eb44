package dev.lede.web;

import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Routes that lead from one story or name to others: related stories and entity profiles. */
final class DiscoveryRoutes {

    static final String LIMIT = "limit";
    static final String KIND = "kind";
    static final int DEFAULT_RELATED = 5;
    private static final Set<String> RELATED_PARAMETERS = Set.of(LIMIT);
    private static final Set<String> PROFILE_PARAMETERS = Set.of(SearchParams.FROM, SearchParams.TO);

    private final ArticleSearch search;

    DiscoveryRoutes(ArticleSearch search) {
        this.search = search;
    }

    /** The body of a related-stories response. */
    record Related(String id, List<RelatedArticle> related) {}

    /** {@code GET /api/articles/{id}/related?limit=5} */
    void related(Context ctx) throws IOException {
        String id = SearchParams.pathName(ctx, "id");
        int limit = SearchParams.integer(ctx, LIMIT, DEFAULT_RELATED);
        var related = search.related(id, limit);
        if (related.isPresent()) {
            UnknownParameters.answerWithWarnings(ctx, new Related(id, related.get()), RELATED_PARAMETERS);
        } else {
            throw new NotFound("No article with id '" + id + "'");
        }
    }

    /** {@code GET /api/entities/{kind}/{name}?from=…&to=…} */
    void entityProfile(Context ctx) throws IOException {
        FacetField field = kind(ctx.pathParam(KIND));
        String name = SearchParams.pathName(ctx, "name");
        var profile = search.entityProfile(
                field, name, SearchParams.date(ctx, SearchParams.FROM), SearchParams.date(ctx, SearchParams.TO));
        if (profile.isPresent()) {
            UnknownParameters.answerWithWarnings(ctx, profile.get(), PROFILE_PARAMETERS);
        } else {
            throw new NotFound("No article mentions the " + field.parameter() + " '" + name + "'");
        }
    }

    private static FacetField kind(String raw) {
        return FacetField.byParameter(raw)
                .filter(field -> field != FacetField.SOURCE)
                .orElseThrow(() ->
                        new BadRequest(KIND, "kind must be person, place, country, region or org, not '" + raw + "'"));
    }
}
