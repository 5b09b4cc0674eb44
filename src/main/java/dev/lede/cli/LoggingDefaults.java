package dev.lede.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;

/**
 * Lede's logging, which Logback finds as a service. Everything goes to standard error, so that standard output stays
 * the command's result: Lede's own lines ({@code dev.lede}) and the access log ({@code lede.access}, one line per HTTP
 * request) at info, every library (Jetty, Javalin, Lucene through the java.util.logging bridge, CoreNLP) at warn.
 * {@code --log-level} or {@code LEDE_LOG_LEVEL} then sets all of them to one level (see {@link LogLevelOption}).
 *
 * <p>Written in code rather than in a {@code logback.xml}: reading that file loaded an XML parser and Logback's
 * configuration model, 0.4 s of the start of every command. A file given with {@code -Dlogback.configurationFile}
 * still replaces all of this.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingDefaults extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** Loggers whose level differs from the root's (warn). */
    static final Map<String, Level> LEVELS = Map.of(
            // Lede has no vector search, so Lucene's advice to enable the incubating Vector API is noise.
            "org.apache.lucene.internal.vectorization.VectorizationProvider", Level.ERROR,
            // Javalin logs a failed start and then throws; lede serve explains the failure itself, in one line.
            "io.javalin.Javalin", Level.OFF,
            // These log each damaged document with a stack trace; the parse package reports it in one line instead.
            "org.apache.pdfbox", Level.OFF,
            "org.apache.fontbox", Level.OFF,
            "org.apache.poi", Level.OFF,
            "org.apache.tika", Level.OFF,
            "dev.lede", Level.INFO,
            "lede.access", Level.INFO);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        keepJavaUtilLoggingInStep(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(standardError(context));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Keeps java.util.logging's levels in step with Logback's, so that bridged Lucene logging is not filtered twice. */
    private static void keepJavaUtilLoggingInStep(LoggerContext context) {
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        propagator.start();
        context.addListener(propagator);
    }

    private static ConsoleAppender<ILoggingEvent> standardError(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
