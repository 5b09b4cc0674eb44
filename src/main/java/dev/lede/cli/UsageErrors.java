package dev.lede.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A usage error is one line saying what was wrong and where to read more, and exit code 2: forty lines of usage
 * bury the one line that matters.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    /** Wide enough that option descriptions are not cut into slivers, narrow enough for a laptop terminal. */
    static final int HELP_WIDTH = 120;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        report(e.getCommandLine(), message(e) + suggestion(e));
        return CommandLine.ExitCode.USAGE;
    }

    /** Prints the usage error {@code message} about {@code commandLine}; returns the exit code for it. */
    static int report(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + oneLine(message));
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption()
                && !unmatched.getUnmatched().isEmpty()) {
            String what = e.getCommandLine().getSubcommands().isEmpty() ? "unexpected argument" : "unknown command";
            return what + " '" + unmatched.getUnmatched().getFirst() + "'";
        }
        return e.getMessage();
    }

    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            return " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return "";
    }

    private static String oneLine(String message) {
        String text = message == null ? "invalid arguments" : message.strip();
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
