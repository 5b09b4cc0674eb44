package dev.lede.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --log-level} on every command, else {@code LEDE_LOG_LEVEL}, else {@link LoggingDefaults}: Lede's own lines
 * and the access log at info, the libraries at warn. A level given here applies to all of them alike (except the few
 * library notices {@link LoggingDefaults} silences for good).
 */
final class LogLevelOption {

    static final String ENVIRONMENT = "LEDE_LOG_LEVEL";
    private static final List<String> LEVELS = List.of("error", "warn", "info", "debug", "trace");

    @Option(
            names = "--log-level",
            paramLabel = "LEVEL",
            scope = CommandLine.ScopeType.INHERIT,
            converter = LevelName.class,
            description = "error, warn, info, debug or trace, for Lede and the libraries it uses alike "
                    + "(default: $LEDE_LOG_LEVEL, else info for Lede and warn for the libraries).")
    void setLevel(String level) {
        apply(level);
    }

    static final class LevelName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!LEVELS.contains(value.strip().toLowerCase(Locale.ROOT))) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a log level; use one of " + String.join(", ", LEVELS));
            }
            return value;
        }
    }

    /** Routes java.util.logging (Lucene's) to Logback and applies {@code LEDE_LOG_LEVEL} when it is set. */
    static void applyEnvironment(Map<String, String> environment) {
        // Set up logging here, on one thread: models load side by side, and SLF4J warns (to the user's terminal)
        // when its first loggers are asked for from several threads at once.
        LoggerFactory.getILoggerFactory();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        String level = environment.get(ENVIRONMENT);
        if (level != null && LEVELS.contains(level.strip().toLowerCase(Locale.ROOT))) {
            apply(level);
        }
    }

    private static void apply(String name) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Level level = Level.toLevel(name.strip(), Level.INFO);
        for (String logger : List.of(Logger.ROOT_LOGGER_NAME, "dev.lede", "lede.access")) {
            context.getLogger(logger).setLevel(level);
        }
    }
}
