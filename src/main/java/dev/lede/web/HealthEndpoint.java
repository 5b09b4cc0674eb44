package dev.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.config.Enrichment;
import dev.lede.model.IndexStatus;
import dev.lede.search.ArticleSearch;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /api/health}: that the server answers, its version, the index it searches and, when it takes writes, how
 * it enriches the articles posted to it.
 */
final class HealthEndpoint {

    private final ArticleSearch search;
    private final LiveWrites liveWrites;

    /** @param liveWrites how posted articles are enriched, or {@code null} when the server takes no writes */
    HealthEndpoint(ArticleSearch search, Enrichment liveWrites) {
        this.search = search;
        this.liveWrites = liveWrites == null ? null : LiveWrites.of(liveWrites);
    }

    record Health(
            String status,
            String version,
            long articles,
            long indexGeneration,
            long indexBytes,
            Instant searcherRefreshedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) LiveWrites liveWrites) {}

    /** @param homeCountry an ISO country code, or {@code null} for none */
    record LiveWrites(
            String nlp,
            String entities,
            @JsonInclude(JsonInclude.Include.NON_NULL) String homeCountry) {
        static LiveWrites of(Enrichment enrichment) {
            return new LiveWrites(
                    enrichment.nlp().label(), enrichment.entities().label(), enrichment.homeCountry());
        }
    }

    void health(Context ctx) throws IOException {
        IndexStatus index = search.status();
        ctx.json(new Health(
                "ok",
                LedeVersion.current(),
                index.articles(),
                index.generation(),
                index.sizeBytes(),
                index.refreshedAt(),
                liveWrites));
    }
}
