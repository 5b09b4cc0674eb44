package dev.lede.web;

import dev.lede.search.ArticleSearch;
import dev.lede.store.Annotation;
import dev.lede.store.AnnotationStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader's star, tags and note on an article: {@code GET/PUT/DELETE /api/articles/{id}/annotation},
 * {@code GET /api/annotations} (all of them) and {@code POST /api/annotations/undo} (the latest write undone).
 */
final class AnnotationRoutes {

    private static final Set<String> FIELDS = Set.of("starred", "tags", "note");

    private final ArticleSearch search;

    AnnotationRoutes(ArticleSearch search) {
        this.search = search;
    }

    /** Asked for on each request, so that setting up the routes does not wait for an index that is still opening. */
    private AnnotationStore store() {
        return search.annotations();
    }

    void get(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        UnknownParameters.answerWithWarnings(
                ctx,
                store().get(id).orElseGet(() -> new Annotation(id, false, List.of(), "", null)),
                UnknownParameters.NO_PARAMETERS);
    }

    /** Body: {@code {"starred": true, "tags": ["…"], "note": "…"}}; each may be left out (no star, tag or note),
     * and any other field is refused.
     */
    void put(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        JsonBody body = JsonBody.of(ctx.body(), FIELDS);
        try {
            ctx.json(store().put(id, body.flag("starred"), body.strings("tags"), body.text("note"))
                    .orElseGet(() -> new Annotation(id, false, List.of(), "", null)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("body", e.getMessage());
        }
    }

    void delete(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        ctx.json(Map.of("removed", store().remove(id).isPresent()));
    }

    void list(Context ctx) {
        UnknownParameters.answerWithWarnings(
                ctx, Map.of("annotations", store().all().values()), UnknownParameters.NO_PARAMETERS);
    }

    void undo(Context ctx) {
        var undone = store().undo().orElseThrow(() -> new NotFound("There is no annotation change to undo"));
        ctx.json(Map.of(
                "articleId",
                undone.articleId(),
                "annotation",
                store().get(undone.articleId()).map(Object.class::cast).orElse(Map.of())));
    }

    private String existingArticle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (search.article(id).isEmpty()) {
            throw new NotFound("No article with id '" + id + "'");
        }
        return id;
    }
}
