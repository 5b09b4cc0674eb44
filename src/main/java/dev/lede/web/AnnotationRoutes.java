package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.search.ArticleSearch;
import dev.lede.store.Annotation;
import dev.lede.store.AnnotationStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reader's star, tags and note on an article: {@code GET/PUT/DELETE /api/articles/{id}/annotation},
 * {@code GET /api/annotations} (all of them) and {@code POST /api/annotations/undo} (the latest write undone).
 */
final class AnnotationRoutes {

    private final ArticleSearch search;
    private final AnnotationStore store;

    AnnotationRoutes(ArticleSearch search) {
        this.search = search;
        this.store = search.annotations();
    }

    void get(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        ctx.json(store.get(id).orElseGet(() -> new Annotation(id, false, List.of(), "", null)));
    }

    /** Body: {@code {"starred": true, "tags": ["…"], "note": "…"}}; each may be left out (no star, tag or note). */
    void put(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        JsonNode body = body(ctx);
        try {
            ctx.json(store.put(id, starred(body), tags(body), text(body, "note"))
                    .orElseGet(() -> new Annotation(id, false, List.of(), "", null)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("body", e.getMessage());
        }
    }

    void delete(Context ctx) throws IOException {
        String id = existingArticle(ctx);
        ctx.json(Map.of("removed", store.remove(id).isPresent()));
    }

    void list(Context ctx) {
        ctx.json(Map.of("annotations", store.all().values()));
    }

    void undo(Context ctx) {
        var undone = store.undo().orElseThrow(() -> new NotFound("There is no annotation change to undo"));
        ctx.json(Map.of(
                "articleId",
                undone.articleId(),
                "annotation",
                store.get(undone.articleId()).map(Object.class::cast).orElse(Map.of())));
    }

    private String existingArticle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (search.article(id).isEmpty()) {
            throw new NotFound("No article with id '" + id + "'");
        }
        return id;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = Json.mapper().readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new BadRequest("body", "the body must be a JSON object with starred, tags and note");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean starred(JsonNode body) {
        JsonNode starred = body.path("starred");
        if (!starred.isMissingNode() && !starred.isNull() && !starred.isBoolean()) {
            throw new BadRequest("starred", "starred must be true or false");
        }
        return starred.asBoolean(false);
    }

    private static List<String> tags(JsonNode body) {
        JsonNode tags = body.path("tags");
        if (tags.isMissingNode() || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw new BadRequest("tags", "tags must be a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                throw new BadRequest("tags", "tags must be a list of strings");
            }
            values.add(tag.asText());
        }
        return values;
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new BadRequest(name, name + " must be a string");
        }
        return value.asText();
    }
}
