package dev.lede.web;

import dev.lede.model.IndexStatus;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;

/** {@code GET /api/health}: that the server answers, its version, and the index it searches. */
final class HealthEndpoint {

    private final ArticleSearch search;

    HealthEndpoint(ArticleSearch search) {
        this.search = search;
    }

    record Health(
            String status,
            String version,
            long articles,
            long indexGeneration,
            long indexBytes,
            Instant searcherRefreshedAt) {}

    void health(Context ctx) throws IOException {
        IndexStatus index = search.status();
        ctx.json(new Health(
                "ok",
                LedeVersion.current(),
                index.articles(),
                index.generation(),
                index.sizeBytes(),
                index.refreshedAt()));
    }
}
