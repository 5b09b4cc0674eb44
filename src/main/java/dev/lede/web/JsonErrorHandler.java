package dev.lede.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches Lede's routes (a path with a malformed {@code %} escape,
 * an ambiguous or illegal URI) in the API's own JSON shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        String body = Json.mapper().writeValueAsString(new ApiError(code, ErrorText.of(describe(code)), null));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Jetty's own message may echo the request's path; the reason phrase says enough. */
    private static String describe(int code) {
        String reason = HttpStatus.getMessage(code);
        return code == HttpStatus.BAD_REQUEST_400
                ? reason + ": the request's path is not a valid URL (check its % escapes)"
                : reason;
    }
}
