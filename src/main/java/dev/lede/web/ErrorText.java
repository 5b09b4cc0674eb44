package dev.lede.web;

import java.util.regex.Pattern;

/**
 * The message of an error response, made safe to show whatever a handler put in it: echoed input is shortened,
 * control characters go, and names of Java classes (which say nothing to a user and much to an attacker) are hidden.
 */
final class ErrorText {

    static final int MAX_ECHO = 60;
    static final int MAX_LENGTH = 400;

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + MAX_ECHO + "})[^']+'");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");
    private static final Pattern CLASS_NAME =
            Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?:\\.[A-Z][\\w$]*)*`?");

    private ErrorText() {}

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "The request could not be handled.";
        }
        String shown = CONTROL.matcher(message).replaceAll("");
        shown = LONG_QUOTE
                .matcher(shown)
                .replaceAll(match -> java.util.regex.Matcher.quoteReplacement("'" + match.group(1) + "…'"));
        shown = CLASS_NAME.matcher(shown).replaceAll("a value");
        return shown.length() <= MAX_LENGTH ? shown : shown.substring(0, MAX_LENGTH) + "…";
    }
}
