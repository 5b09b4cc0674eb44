package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingDefaultsTest {

    @Test
    void logbackFindsLedesSetUpAsAService() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(found -> found.type() == LoggingDefaults.class));
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertInstanceOf(
                ConsoleAppender.class,
                running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
    }

    @Test
    void ledeAndTheAccessLogSayMoreThanTheLibraries() {
        LoggerContext context = configured();

        assertEquals(Level.WARN, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
        assertTrue(context.getLogger("dev.lede.search.SomeClass").isInfoEnabled());
        assertTrue(context.getLogger("lede.access").isInfoEnabled());
        assertEquals(false, context.getLogger("org.eclipse.jetty.server.Server").isInfoEnabled());
        assertTrue(context.getLogger("org.eclipse.jetty.server.Server").isWarnEnabled());
        assertEquals(false, context.getLogger("io.javalin.Javalin").isErrorEnabled());
        assertEquals(
                false,
                context.getLogger("org.apache.pdfbox.pdfparser.COSParser").isErrorEnabled());
    }

    @Test
    void everyLineGoesToStandardErrorWithItsTimeLevelAndLogger() {
        LoggerContext context = configured();
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> appender = (ConsoleAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        Logger access = context.getLogger("lede.access");

        LoggingEvent event =
                new LoggingEvent(Logger.class.getName(), access, Level.INFO, "GET /api/search 200 12ms", null, null);
        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertEquals("System.err", appender.getTarget());
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  lede.access - GET /api/search 200 12ms\\R"), line);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineIsLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "custom.xml");
        try {
            LoggerContext context = new LoggerContext();
            LoggingDefaults defaults = new LoggingDefaults();
            defaults.setContext(context);

            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, defaults.configure(context));
            assertEquals(null, context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        LoggingDefaults defaults = new LoggingDefaults();
        defaults.setContext(context);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, defaults.configure(context));
        return context;
    }
}
