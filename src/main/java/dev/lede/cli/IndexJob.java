package dev.lede.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code lede index} run as asked for.
 *
 * @param rejects the rejects file, or {@code null} for {@code rejects.jsonl} in the index folder
 * @param stdinFormat the extension standard input is read as, when the one input is {@code -}
 */
record IndexJob(List<Path> inputs, boolean rebuild, boolean prune, Path rejects, boolean quiet, String stdinFormat) {

    static final Path STANDARD_INPUT = Path.of("-");

    static final String DEFAULT_STDIN_FORMAT = "jsonl";

    boolean readsStandardInput() {
        return inputs.contains(STANDARD_INPUT);
    }

    Path rejectsFile(Path indexDir) {
        return rejects != null ? rejects : indexDir.resolve("rejects.jsonl");
    }
}
