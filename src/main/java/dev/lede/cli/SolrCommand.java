package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConfigSet;
import dev.lede.index.solr.SolrConnection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lede solr …}: prepares a SolrCloud to hold Lede's articles. */
@Command(
        name = "solr",
        mixinStandardHelpOptions = true,
        description = "Prepares a running SolrCloud for --backend solrcloud.",
        subcommands = {SolrCommand.Setup.class})
final class SolrCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "setup",
            mixinStandardHelpOptions = true,
            description = {
                "Creates the collection with a configset generated from Lede's schema, or updates its configset.",
                "Only a collection made by this schema version is updated; one of another version is left alone unless"
                        + " --force."
            })
    static final class Setup implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        BackendOptions backend;

        @Option(
                names = "--shards",
                paramLabel = "N",
                defaultValue = "2",
                description = "Shards of a new collection" + " (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(
                names = "--replicas",
                paramLabel = "N",
                defaultValue = "2",
                description = "Copies of each shard of a" + " new collection (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Option(
                names = "--force",
                description = "Replace the configset of a collection of another schema version"
                        + " (its articles must then be indexed again).")
        boolean force;

        @Override
        public Integer call() throws Exception {
            if (shards < 1 || replicas < 1) {
                throw new ParameterException(spec.commandLine(), "--shards and --replicas must be 1 or more");
            }
            BackendSettings settings = backend.settings();
            try (SolrConnection solr = Backends.connect(settings)) {
                SolrCollectionSetup.Outcome outcome = new SolrCollectionSetup(solr).run(shards, replicas, force);
                spec.commandLine()
                        .getErr()
                        .printf(
                                "%s collection %s (schema version %s).%n",
                                outcome == SolrCollectionSetup.Outcome.CREATED ? "Created" : "Updated",
                                settings.collection(),
                                SolrConfigSet.VERSION);
            }
            return 0;
        }
    }
}
