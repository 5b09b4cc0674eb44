package dev.lede.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per HTTP request on the logger {@value #LOGGER}: method, path, status and milliseconds. The query string
 * is left out: it holds what journalists search for.
 */
final class AccessLog {

    static final String LOGGER = "lede.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private AccessLog() {}

    static void log(Context ctx, float millis) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(ctx.method().name(), ctx.path(), ctx.statusCode(), millis));
        }
    }

    static String line(String method, String path, int status, float millis) {
        return String.format(java.util.Locale.ROOT, "%s %s %d %.0fms", method, path, status, millis);
    }
}
