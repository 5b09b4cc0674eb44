package dev.lede.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The raw bytes of one input file (or upload), before any parsing.
 *
 * @param location where it came from, for messages: a path or a name
 * @param content the bytes as read
 */
public record SourceDocument(String location, byte[] content) {

    /** Lower-case file extension without the dot, or "" when the name has none. */
    public String extension() {
        return extensionOf(location);
    }

    /** Lower-case extension of the last name in a location, without the dot, or "" when it has none. */
    public static String extensionOf(String location) {
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content decoded as UTF-8, without a leading byte-order mark. */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
