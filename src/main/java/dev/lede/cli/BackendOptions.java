package dev.lede.cli;

import dev.lede.config.Backend;
import dev.lede.config.BackendSettings;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which engine a command uses, and where its SolrCloud is. */
final class BackendOptions {

    @Option(
            names = "--backend",
            paramLabel = "NAME",
            converter = BackendConverter.class,
            description = "lucene (an index folder) or solrcloud (default: $LEDE_BACKEND, else lucene).")
    Backend backend;

    @Option(
            names = "--solr-zk",
            paramLabel = "HOSTS",
            description = "ZooKeeper of the SolrCloud, e.g. zk1:2181,zk2:2181/solr (default: $LEDE_SOLR_ZK).")
    String zkHost;

    @Option(
            names = "--solr-url",
            paramLabel = "URL",
            split = ",",
            description = "Solr node URLs, e.g. http://solr1:8983/solr, when not reached through ZooKeeper"
                    + " (default: $LEDE_SOLR_URL).")
    List<String> solrUrls;

    @Option(
            names = "--solr-collection",
            paramLabel = "NAME",
            description = "The SolrCloud collection of the articles (default: $LEDE_SOLR_COLLECTION, else lede).")
    String collection;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Defaults, overridden by {@code LEDE_*} environment variables, overridden by this command's flags. */
    BackendSettings settings() {
        BackendSettings settings =
                BackendSettings.fromEnvironment(System.getenv()).with(backend, zkHost, solrUrls, collection);
        if (settings.isSolrCloud()) {
            try {
                settings.requireSolrAddress();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage());
            }
        }
        return settings;
    }

    /** Whether the command runs on SolrCloud, without asking yet where the SolrCloud is. */
    boolean isSolrCloud() {
        return BackendSettings.fromEnvironment(System.getenv())
                .with(backend, zkHost, solrUrls, collection)
                .isSolrCloud();
    }

    static final class BackendConverter implements CommandLine.ITypeConverter<Backend> {
        @Override
        public Backend convert(String value) {
            try {
                return Backend.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
