package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.config.Enrichment;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.index.Schema;
import dev.lede.index.lucene.IndexInfo;
import dev.lede.search.ArticleSearch;
import dev.lede.web.LedeServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the search page and the JSON API over HTTP until stopped (Ctrl-C).",
            "Articles indexed while it runs appear without a restart; it never takes the index's write lock except",
            "for a moment on each POST or DELETE /api/articles. Posted articles are enriched as lede index last",
            "enriched the index, unless --nlp or $LEDE_NLP, $LEDE_ENTITIES, $LEDE_HOME_COUNTRY say otherwise",
            "(models load on the first post)."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    ServerOptions server;

    @Mixin
    NlpOptions nlp;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws Exception {
        serve(
                nlp.apply(server.apply(index.config())),
                backend.settings(),
                nlp.nlp,
                spec.commandLine().getErr());
        return 0;
    }

    /** How often the server looks for new commits; a new snapshot is prepared off the request path. */
    static final Duration SNAPSHOT_REFRESH = Duration.ofMillis(200);

    /** Serves {@code config}'s index, its live writes enriched with {@code config}'s NLP. */
    static void serve(LedeConfig config, java.io.PrintWriter err) throws Exception {
        serve(config, BackendSettings.defaults(), config.nlp(), err);
    }

    /**
     * @param askedNlp the NLP live writes run, or {@code null} for {@code $LEDE_NLP}, else the NLP the index was built
     *     with
     */
    static void serve(LedeConfig config, BackendSettings backend, NlpMode askedNlp, java.io.PrintWriter err)
            throws Exception {
        Enrichment liveEnrichment = config.writeToken().isPresent() ? Backends.liveEnrichment(config, askedNlp) : null;
        Backends.Opened opened = Backends.openServed(config, backend, askedNlp);
        ArticleSearch search = opened.search();
        LedeServer server;
        try {
            server = new LedeServer(search, opened.writes(), liveEnrichment, config).start();
        } catch (RuntimeException e) {
            search.close();
            throw new IOException(BindFailure.explain(config.host(), config.port(), e), e);
        }
        try {
            opened.awaitOpen();
        } catch (IOException | RuntimeException e) {
            server.stop();
            search.close();
            throw e;
        }
        server.startupNotice().ifPresent(err::println);
        if (liveEnrichment != null) {
            err.println("Articles posted to /api/articles are enriched with " + liveEnrichment.describe() + ".");
        }
        if (!backend.isSolrCloud()) {
            olderSchemaNotice(config.indexDir()).ifPresent(err::println);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            stop(server, search);
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(shutdown);
        err.printf(
                "Lede is serving %d articles from %s at http://%s:%d/%n",
                search.articleCount(),
                backend.isSolrCloud() ? "SolrCloud collection " + backend.collection() : config.indexDir(),
                config.host(),
                server.port());
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped by its caller (a rehearsal) rather than by the process ending: stop now, before the index goes.
            Runtime.getRuntime().removeShutdownHook(shutdown);
            stop(server, search);
            throw e;
        }
    }

    /**
     * A note that an older Lede wrote the index: its articles lack what later schemas add until they are indexed again
     * (indexing the same files again re-enriches them, since the schema is part of what an article was indexed as).
     */
    static Optional<String> olderSchemaNotice(Path indexDir) throws IOException {
        return IndexInfo.read(indexDir)
                .map(IndexInfo::schemaVersion)
                .filter(version -> !version.isEmpty() && !version.equals(Schema.VERSION))
                .map(version -> "Note: " + indexDir + " was written by an older Lede (schema " + version
                        + "; this one writes schema " + Schema.VERSION + "). Its articles lack what later schemas add, "
                        + "the region facet, acronyms kept with points (US finds the word us too, and U.S. does not "
                        + "find US) and words kept apart from others of the same stem (news finds new too) among them, "
                        + "until they are indexed again: run lede index over the same files.");
    }

    private static void stop(LedeServer server, ArticleSearch search) {
        server.stop();
        try {
            search.close();
        } catch (IOException ignored) {
            // The server is ending; nothing more can be done.
        }
    }
}
