package dev.lede.web;

import java.util.regex.Pattern;

/** Refuses a request path that cannot be decoded (a stray {@code %}, or {@code %u0041}), before a route tries to. */
final class PathCheck {

    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private PathCheck() {}

    static void check(String rawPath) {
        if (MALFORMED_ESCAPE.matcher(rawPath).find()) {
            throw new RequestRefused(400, "The path holds a malformed %-escape; escapes are % and two hex digits.");
        }
    }
}
