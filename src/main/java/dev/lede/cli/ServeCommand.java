package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.search.LuceneArticleSearch;
import dev.lede.web.LedeServer;
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
            "Articles indexed while it runs appear without a restart."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        serve(server.apply(index.config()), spec.commandLine().getErr());
        return 0;
    }

    static void serve(LedeConfig config, java.io.PrintWriter err) throws Exception {
        LuceneArticleSearch search = LuceneArticleSearch.open(config.indexDir())
                .limitTimeTo(config.defences().searchTimeLimit());
        LedeServer server = new LedeServer(search, config).start();
        server.startupNotice().ifPresent(err::println);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                search.close();
            } catch (java.io.IOException ignored) {
                // The process is ending; nothing more can be done.
            }
            stopped.countDown();
        }));
        err.printf(
                "Lede is serving %d articles from %s at http://%s:%d/%n",
                search.articleCount(), config.indexDir(), config.host(), server.port());
        err.flush();
        stopped.await();
    }
}
