package dev.lede.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/** The headers every response carries, so the page cannot be framed, sniffed into script, or run inline code. */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    /**
     * Lets the pages of the configured origins read the API across sites: reads only (no credentials), since writes
     * stay same-site. Without configured origins no CORS header is ever sent.
     */
    static void allowReadsFrom(Context ctx, List<String> corsOrigins) {
        String origin = ctx.header("Origin");
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (origin != null && read && corsOrigins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
        if (!corsOrigins.isEmpty()) {
            ctx.header("Vary", "Origin");
        }
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
