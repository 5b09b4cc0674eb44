package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: index articles, search them, serve them. */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        version = "Lede 0.1.0",
        description = "Full-text faceted search for news articles.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            CurateCommand.class,
            SavedCommand.class,
            GazetteerCommand.class,
            EvaluateCommand.class,
            BenchCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("lede: " + describe(e));
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }
}
