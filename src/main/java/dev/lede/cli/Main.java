package dev.lede.cli;

import dev.lede.web.LedeVersion;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: index articles, search them, serve them. */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Full-text faceted search for news articles.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            DeleteCommand.class,
            OptimizeCommand.class,
            DemoCommand.class,
            CurateCommand.class,
            SavedCommand.class,
            GazetteerCommand.class,
            EvaluateCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            SolrCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LogLevelOption logLevel;

    public static void main(String[] args) {
        LogLevelOption.applyEnvironment(System.getenv());
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setUsageHelpWidth(UsageErrors.HELP_WIDTH);
        commandLine.registerConverter(LocalDate.class, new Converters.Day());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lede --version}: the version the build wrote into the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Lede " + LedeVersion.current()};
        }
    }
}
