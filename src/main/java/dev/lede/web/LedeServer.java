package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.config.Enrichment;
import dev.lede.config.LedeConfig;
import dev.lede.config.ServerDefences;
import dev.lede.model.ArticleWrites;
import dev.lede.model.EngineUnavailableException;
import dev.lede.model.SearchPage;
import dev.lede.search.ArticleSearch;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.SearchTimedOutException;
import dev.lede.search.UnsupportedSearchException;
import dev.lede.store.InvalidEntry;
import dev.lede.store.StoreFailure;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.util.MethodNotAllowedUtil;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    private static final ObjectWriter SEARCH_PAGE = Json.mapper().writerFor(SearchPage.class);

    private final ArticleSearch search;
    private final WriteGuard writes;
    private final Javalin app;

    /** A read-only server with the default limits, as a test or a quick look needs. */
    public LedeServer(ArticleSearch search, String host, int port) {
        this(search, null, LedeConfig.defaults().withHost(host).withPort(port));
    }

    /** A server whose {@code /api/health} does not say how posted articles are enriched. */
    public LedeServer(ArticleSearch search, ArticleWrites articleWrites, LedeConfig settings) {
        this(search, articleWrites, null, settings);
    }

    /**
     * @param articleWrites where {@code POST}/{@code DELETE /api/articles} go, or {@code null} when articles are added
     *     and removed only by {@code lede index} and {@code lede delete}
     * @param liveEnrichment how {@code articleWrites} enriches posted articles, for {@code /api/health}, or {@code null}
     *     when not known
     * @throws IllegalStateException when asked to listen beyond loopback without a write token
     */
    public LedeServer(
            ArticleSearch search, ArticleWrites articleWrites, Enrichment liveEnrichment, LedeConfig settings) {
        this.search = search;
        this.writes = new WriteGuard(settings.writeToken());
        if (writes.readOnly() && !HostCheck.isLoopback(settings.host())) {
            throw new IllegalStateException("refusing to listen on " + settings.host()
                    + " without a write token: set LEDE_WRITE_TOKEN or --write-token-file, or use 127.0.0.1");
        }
        ServerMetrics metrics = new ServerMetrics(search);
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            // An answer that fits Jetty's output buffer leaves in one write with its Content-Length; by default one
            // past 8 KiB is streamed in chunks instead, and its last chunk waits for the request log.
            config.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
            installDefences(config, settings);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.requestLogger.http((ctx, millis) -> {
                AccessLog.log(ctx, millis);
                metrics.record(ctx, millis);
            });
            Enrichment shownEnrichment = writes.readOnly() || articleWrites == null ? null : liveEnrichment;
            config.routes.get("/api/health", new HealthEndpoint(search, shownEnrichment)::health);
            config.routes.get("/api/openapi.json", new OpenApiDocument()::serve);
            config.routes.get("/metrics", metrics::scrape);
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
            if (articleWrites != null) {
                ArticleIngestRoutes ingest = new ArticleIngestRoutes(articleWrites, metrics);
                config.routes.post("/api/articles", ingest::add);
                config.routes.delete("/api/articles/{id}", ingest::delete);
            }
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
            config.routes.exception(
                    UnsupportedSearchException.class, (e, ctx) -> error(ctx, 501, e.getMessage(), null));
            config.routes.exception(
                    ArticleWrites.InvalidInputException.class,
                    (e, ctx) -> error(ctx, 400, JsonErrors.clean(e.getMessage()), "body"));
            config.routes.exception(
                    ArticleWrites.IndexBusyException.class, (e, ctx) -> error(ctx, 503, e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} failed", ctx.path(), e);
                error(ctx, 500, "Something went wrong on the server; it has been logged.", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, "No such page: " + ctx.path(), null);
                }
            });
            config.routes.error(405, this::methodNotAllowed);
        });
    }

    /**
     * The server's defences, ahead of every route: security headers, the Host check, the write guard and the search
     * queue; and the answers they give.
     */
    private void installDefences(JavalinConfig config, LedeConfig settings) {
        ServerDefences defences = settings.defences();
        HostCheck hosts = new HostCheck(settings.host(), defences.allowedHosts());
        SearchGate gate = new SearchGate(
                defences.maxConcurrentSearches(), defences.maxQueuedSearches(), defences.searchTimeLimit());
        config.routes.before(ctx -> {
            SecurityHeaders.apply(ctx);
            SecurityHeaders.allowReadsFrom(ctx, defences.corsOrigins());
            hosts.check(ctx.header("Host"));
            PathCheck.check(ctx.path());
            PathCheck.checkQuery(ctx.queryString());
            writes.check(ctx);
            gate.enter(ctx);
        });
        config.routes.after(gate::leave);
        config.routes.exception(RequestRefused.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), null));
        config.routes.exception(InvalidEntry.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
        config.routes.exception(StoreFailure.class, (e, ctx) -> {
            LOG.error("Request {} could not be saved", ctx.path(), e);
            ctx.header("Retry-After", SearchGate.RETRY_AFTER_SECONDS);
            error(ctx, 503, "The change could not be saved, so nothing was changed; the server log says why.", null);
        });
        config.routes.exception(EngineUnavailableException.class, (e, ctx) -> {
            LOG.warn("Request {}: {}", ctx.path(), e.getMessage());
            ctx.header("Retry-After", SearchGate.RETRY_AFTER_SECONDS);
            error(ctx, 503, "The index could not be reached; try again later. The server log says why.", null);
        });
        config.routes.exception(SearchTimedOutException.class, (e, ctx) -> {
            ctx.header("Retry-After", SearchGate.RETRY_AFTER_SECONDS);
            error(ctx, 503, e.getMessage(), null);
        });
    }

    /** What a person starting the server should know about how it is protected, or empty. */
    public Optional<String> startupNotice() {
        return writes.readOnly() ? Optional.of(WriteGuard.NO_TOKEN_CONFIGURED) : Optional.empty();
    }

    public LedeServer start() {
        app.start();
        return this;
    }

    public void stop() {
        app.stop();
    }

    /** Every route as "METHOD /path/{param}", for checking the API's documentation against them. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }

    /** The port actually bound, useful when started on port 0. */
    public int port() {
        return app.port();
    }

    private void search(Context ctx) throws IOException {
        String cursor = ctx.queryParam(SearchParams.CURSOR);
        SearchPage page = AnnotationFilters.search(
                search, ctx, SearchParams.from(ctx), cursor == null || cursor.isBlank() ? null : cursor);
        Json.write(ctx, SEARCH_PAGE, page.withWarnings(SearchParams.ignored(ctx)));
    }

    private void article(Context ctx) throws IOException {
        String id = SearchParams.pathName(ctx, "id");
        var article = search.article(id);
        if (article.isPresent()) {
            UnknownParameters.answerWithWarnings(ctx, article.get(), UnknownParameters.NO_PARAMETERS);
        } else {
            throw new NotFound("No article with id '" + id + "'");
        }
    }

    private void curationLog(Context ctx) {
        UnknownParameters.answerWithWarnings(
                ctx, Map.of("changes", search.curation().log()), UnknownParameters.NO_PARAMETERS);
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

    /** A page that exists asked with a method it does not take: the methods it does take, as RFC 9110 asks. */
    private void methodNotAllowed(Context ctx) {
        String allowed =
                MethodNotAllowedUtil.INSTANCE
                        .findAvailableHttpHandlerTypes(app.unsafe.internalRouter, ctx.path())
                        .stream()
                        .map(HandlerType::name)
                        .collect(Collectors.joining(", "));
        if (!allowed.isEmpty()) {
            ctx.header("Allow", allowed);
        }
        error(ctx, 405, "Method not allowed: " + ctx.method() + (allowed.isEmpty() ? "" : "; use " + allowed), null);
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.attribute(ANSWERED, true);
        ctx.status(HttpStatus.forStatus(status)).json(new ApiError(status, ErrorText.of(message), parameter));
    }
}
