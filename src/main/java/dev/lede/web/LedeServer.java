package dev.lede.web;

import dev.lede.search.ArticleSearch;
import dev.lede.search.InvalidSearchException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of Lede: the JSON search API under {@code /api} and the search page at {@code /}. It knows only
 * {@link ArticleSearch}, never the engine behind it.
 */
public final class LedeServer {

    private static final Logger LOG = LoggerFactory.getLogger(LedeServer.class);

    /** Marks a response whose error body a handler already wrote, so the fallback 404 page leaves it alone. */
    private static final String ANSWERED = "lede.answered";

    private final ArticleSearch search;
    private final Javalin app;

    public LedeServer(ArticleSearch search, String host, int port) {
        this.search = search;
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.get("/api/health", this::health);
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/export", new ExportEndpoint(search)::export);
            config.routes.get("/api/facets/{field}", new FacetValuesEndpoint(search)::values);
            config.routes.get("/api/articles/{id}", this::article);
            DiscoveryRoutes discovery = new DiscoveryRoutes(search);
            config.routes.get("/api/articles/{id}/related", discovery::related);
            config.routes.get("/api/articles/{id}/duplicates", new DuplicatesEndpoint(search)::duplicates);
            config.routes.get("/api/entities/{kind}/{name}", discovery::entityProfile);
            config.routes.get("/api/curation", this::curationLog);
            config.routes.post("/api/curation", this::curate);
            config.routes.delete("/api/curation/{id}", this::undoCuration);
            SavedSearchRoutes saved = new SavedSearchRoutes(search);
            config.routes.get("/api/saved", saved::list);
            config.routes.post("/api/saved", saved::save);
            config.routes.delete("/api/saved/{name}", saved::remove);
            config.routes.get("/feeds/{file}", saved::feed);
            config.routes.post("/api/batch", new BatchEndpoint(search)::batch);
            AnnotationRoutes annotations = new AnnotationRoutes(search);
            config.routes.get("/api/articles/{id}/annotation", annotations::get);
            config.routes.put("/api/articles/{id}/annotation", annotations::put);
            config.routes.delete("/api/articles/{id}/annotation", annotations::delete);
            config.routes.get("/api/annotations", annotations::list);
            config.routes.post("/api/annotations/undo", annotations::undo);
            config.routes.get("/api/annotations/export", new AnnotationExport(search)::export);
            config.routes.get("/api/suggest", new SuggestEndpoint(search)::suggest);
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage(), null));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
            config.routes.exception(
                    InvalidSearchException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} failed", ctx.path(), e);
                error(ctx, 500, "Something went wrong on the server; it has been logged.", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, "No such page: " + ctx.path(), null);
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "Method not allowed: " + ctx.method(), null));
        });
    }

    public LedeServer start() {
        app.start();
        return this;
    }

    public void stop() {
        app.stop();
    }

    /** The port actually bound, useful when started on port 0. */
    public int port() {
        return app.port();
    }

    private void health(Context ctx) throws IOException {
        ctx.json(Map.of("status", "ok", "articles", search.articleCount()));
    }

    private void search(Context ctx) throws IOException {
        String cursor = ctx.queryParam("cursor");
        ctx.json(AnnotationFilters.search(
                search, ctx, SearchParams.from(ctx), cursor == null || cursor.isBlank() ? null : cursor));
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var article = search.article(id);
        if (article.isPresent()) {
            ctx.json(article.get());
        } else {
            throw new NotFound("No article with id '" + id + "'");
        }
    }

    private void curationLog(Context ctx) {
        ctx.json(Map.of("changes", search.curation().log()));
    }

    private void curate(Context ctx) {
        CurationRequest request = CurationRequest.from(ctx.body());
        ctx.status(HttpStatus.CREATED)
                .json(search.curation().apply(request.action(), request.field(), request.value(), request.target()));
    }

    private void undoCuration(Context ctx) {
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest("id", "id must be the number of a curation change, not '" + raw + "'");
        }
        var undone = search.curation().undo(id);
        if (undone.isPresent()) {
            ctx.json(undone.get());
        } else {
            throw new NotFound("No curation change with id " + id);
        }
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.attribute(ANSWERED, true);
        ctx.status(HttpStatus.forStatus(status)).json(new ApiError(status, message, parameter));
    }
}
