package dev.lede.web;

import dev.lede.model.ArticleWrites;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/articles} (one JSON article, a JSON array of them, or NDJSON with {@code Content-Type:
 * application/x-ndjson}) and {@code DELETE /api/articles/{id}}. Each request is committed before it is answered, so
 * its articles are searchable at the next search.
 */
final class ArticleIngestRoutes {

    /** Larger uploads belong to {@code lede index}, which streams them. */
    static final int MAX_BODY_BYTES = 1_000_000;

    private static final List<String> JSON_LINES_TYPES =
            List.of("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines");

    private static final String JSON = "request body.json";
    private static final String JSON_LINES = "request body.jsonl";

    private final ArticleWrites writes;
    private final ServerMetrics metrics;

    ArticleIngestRoutes(ArticleWrites writes, ServerMetrics metrics) {
        this.writes = writes;
        this.metrics = metrics;
    }

    void add(Context ctx) throws IOException {
        String location = location(ctx.contentType());
        if (location == null) {
            refuse(
                    ctx,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send articles as application/json (one article or an "
                            + "array) or application/x-ndjson (one article a line), not " + ctx.contentType());
            return;
        }
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            refuse(ctx, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (HttpResponseException overServerLimit) {
            // A chunked upload has no length to check first; Javalin stops reading it at the server's own limit.
            if (overServerLimit.getStatus() != HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                throw overServerLimit;
            }
            body = null;
        }
        if (body == null || body.length > MAX_BODY_BYTES) {
            refuse(ctx, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        ArticleWrites.Added added;
        try {
            added = writes.add(location, body);
        } catch (ArticleWrites.InvalidInputException e) {
            throw new BadRequest("body", unreadable(location, e.getMessage()));
        }
        added = new ArticleWrites.Added(
                added.ids(), added.errors().stream().map(JsonErrors::clean).toList(), added.warnings());
        metrics.ingested(added);
        ctx.json(added);
    }

    /** Why nothing in the body could be read, without the parsers' name for it or their JSON library's words. */
    private static String unreadable(String location, String message) {
        String detail = JsonErrors.clean(
                message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message);
        return detail.startsWith("not valid JSON")
                ? "the body is " + detail
                : "nothing in the body could be indexed: " + detail;
    }

    void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ArticleWrites.Deleted deleted = writes.delete(List.of(id));
        if (!deleted.unknown().isEmpty()) {
            throw new NotFound("No article with id '" + id + "'");
        }
        ctx.json(deleted);
    }

    /** A name whose extension tells the parser the format; {@code null} for a content type we do not read. */
    private static String location(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("application/json")) {
            return JSON;
        }
        return JSON_LINES_TYPES.contains(type) ? JSON_LINES : null;
    }

    private static String tooLarge() {
        return "The body may be at most " + MAX_BODY_BYTES + " bytes; index larger batches with lede index.";
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ApiError(status.getCode(), message, null));
    }
}
