package dev.lede.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses a request whose path or query string cannot be decoded (a stray {@code %}, or {@code %u0041}), before a
 * route tries to: a query parameter that failed to decode would otherwise be dropped silently, and {@code q=tram%}
 * would search for everything.
 */
final class PathCheck {

    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final String ESCAPES = "escapes are % and two hex digits, and %25 is a % sign";

    private PathCheck() {}

    static void check(String rawPath) {
        if (malformed(rawPath)) {
            throw new RequestRefused(400, "The path holds a malformed %-escape; " + ESCAPES + ".");
        }
    }

    /** @throws BadRequest naming the first parameter whose name or value holds a malformed escape */
    static void checkQuery(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains("%")) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            if (malformed(pair)) {
                String name = pair.split("=", 2)[0];
                String shown = malformed(name) ? name : URLDecoder.decode(name, StandardCharsets.UTF_8);
                throw new BadRequest(
                        shown, "The query parameter '" + shown + "' holds a malformed %-escape; " + ESCAPES + ".");
            }
        }
    }

    private static boolean malformed(String raw) {
        return MALFORMED_ESCAPE.matcher(raw).find();
    }
}
