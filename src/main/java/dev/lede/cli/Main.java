package dev.lede.cli;

import dev.lede.web.LedeVersion;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: index articles, search them, serve them. */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Full-text faceted search for news articles.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LogLevelOption logLevel;

    /**
     * The subcommands, in the order {@code lede --help} lists them. Each is made only when needed: picocli reads the
     * annotations of every command it is given: 0.1 s of every start when all of them were given every time.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("index", IndexCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("delete", DeleteCommand::new);
        commands.put("optimize", OptimizeCommand::new);
        commands.put("demo", DemoCommand::new);
        commands.put("curate", CurateCommand::new);
        commands.put("saved", SavedCommand::new);
        commands.put("gazetteer", GazetteerCommand::new);
        commands.put("evaluate", EvaluateCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("solr", SolrCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    public static void main(String[] args) {
        LogLevelOption.applyEnvironment(System.getenv());
        int exitCode = commandLine(args).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The whole command line, every subcommand with it. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, that subcommand alone (all that running it
     * needs); otherwise every subcommand, for the help, the version and the errors that list them.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        String named = commandNamed(args);
        if (named != null) {
            commandLine.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setUsageHelpWidth(UsageErrors.HELP_WIDTH);
        commandLine.registerConverter(LocalDate.class, new Converters.Day());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }

    /**
     * The subcommand {@code args} name: their first word, after {@code --log-level LEVEL}, the one option given
     * before it; {@code null} when that word is an option or names none.
     */
    private static String commandNamed(String[] args) {
        int first = 0;
        while (first < args.length && args[first].startsWith("--log-level")) {
            first += args[first].equals("--log-level") ? 2 : 1;
        }
        return first < args.length && COMMANDS.containsKey(args[first]) ? args[first] : null;
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
