package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.index.lucene.IndexInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command shares: which index to use. */
final class IndexOptions {

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $LEDE_INDEX, else ./index).")
    Path indexDir;

    /** Defaults, overridden by {@code LEDE_*} environment variables, overridden by this command's flags. */
    LedeConfig config() {
        return LedeConfig.fromEnvironment(System.getenv()).withIndexDir(indexDir);
    }

    /**
     * The folder of the files kept beside the index (curation, saved searches), refused as {@code lede search}
     * refuses it when it is missing, a file or a folder of something else, so that nothing is written into a
     * mistyped folder. On SolrCloud it holds no index and is created when missing, as the server does.
     *
     * @throws IndexInfo.NotAnIndexException when it cannot be the folder of an index
     */
    Path sideFilesDir(BackendOptions backend) throws IOException {
        Path dir = config().indexDir();
        if (backend.isSolrCloud() && !Files.exists(dir)) {
            Files.createDirectories(dir);
        }
        IndexInfo.requireReadable(dir);
        return dir;
    }
}
