package dev.lede.cli;

import dev.lede.index.lucene.IndexProblems;
import dev.lede.search.InvalidSearchException;
import dev.lede.store.InvalidEntry;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What a command that fails while running prints: one line, no stack trace. A search the engine refuses (a page
 * too far, a bad query) or an entry a store refuses (a bad saved-search name) is the user's to fix, so it is a usage error; anything else means nothing could be done.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    static final int NOTHING_DONE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidSearchException || e instanceof InvalidEntry) {
            return UsageErrors.report(commandLine, e.getMessage());
        }
        commandLine.getErr().println("lede: " + describe(e));
        commandLine.getErr().flush();
        return NOTHING_DONE;
    }

    private static String describe(Exception e) {
        Optional<String> indexProblem = IndexProblems.describe(e);
        if (indexProblem.isPresent()) {
            return indexProblem.get();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }
}
