package dev.lede.cli;

import dev.lede.config.LedeConfig;
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
}
