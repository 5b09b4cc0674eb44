package dev.lede.parse;

import dev.lede.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable article ids, so that indexing the same input twice replaces documents instead of duplicating them.
 *
 * <p>In order of preference: the id the source gives; {@code "u"} + 20 hex digits of the SHA-256 of the canonical
 * URL; {@code "h"} + 20 hex digits of the SHA-256 of title and body with their whitespace collapsed.
 *
 * <p>A given id longer than {@link Article#MAX_ID_LENGTH} (which the API could not open) is shortened to its first
 * {@value #KEPT_PREFIX} characters, {@code "~"} and 20 hex digits of the SHA-256 of the whole id: still readable, and
 * the same on every run. Formats whose ids a user writes ({@code .txt}, JSON) refuse such an id before it gets here
 * ({@link ArticleDraft#givenIdRefusal}); ids read from a document's own metadata (a mail's Message-ID) are shortened.
 */
public final class ArticleIds {

    private static final int HEX_DIGITS = 20;
    /** Leaves room for the separator and the hash within {@link Article#MAX_ID_LENGTH}. */
    static final int KEPT_PREFIX = 200;

    // Lenient on purpose: real-world URLs often hold spaces or other characters java.net.URI rejects.
    private static final Pattern ABSOLUTE_URL =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(.*@)?(\\[[^\\]]*\\]|[^:]*)(?::(\\d*))?");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private ArticleIds() {}

    /**
     * The id for an article.
     *
     * @param givenId the id the source states, or {@code null}
     * @param url the article URL as given, or {@code null}
     */
    public static String idFor(String givenId, String url, String title, String body) {
        String id = PlainText.blankToNull(givenId);
        if (id != null) {
            return id.length() <= Article.MAX_ID_LENGTH ? id : shortened(id);
        }
        Optional<String> canonical = canonicalUrl(url);
        if (canonical.isPresent()) {
            return "u" + sha256Prefix(canonical.get());
        }
        return "h" + sha256Prefix(collapse(title) + "\n" + collapse(body));
    }

    /** A stable id of at most {@link Article#MAX_ID_LENGTH} characters for a longer one. */
    private static String shortened(String id) {
        int end = Character.isHighSurrogate(id.charAt(KEPT_PREFIX - 1)) ? KEPT_PREFIX - 1 : KEPT_PREFIX;
        return id.substring(0, end).strip() + "~" + sha256Prefix(id);
    }

    /**
     * The canonical form of an absolute URL: scheme and host in lower case, no default port, no fragment, no
     * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing slash on the path.
     *
     * @return empty when the value is blank or not an absolute URL with a host, since such values ("n/a",
     *     "/news/1") would give unrelated articles the same id
     */
    public static Optional<String> canonicalUrl(String url) {
        String trimmed = PlainText.blankToNull(url);
        if (trimmed == null) {
            return Optional.empty();
        }
        Matcher parts = ABSOLUTE_URL.matcher(trimmed);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        Matcher authority = HOST_AND_PORT.matcher(parts.group(2));
        if (!authority.matches() || authority.group(2).isEmpty()) {
            return Optional.empty();
        }
        String userInfo = authority.group(1) == null ? "" : authority.group(1);
        String host = authority.group(2).toLowerCase(Locale.ROOT);
        String port = authority.group(3);
        boolean keepPort = port != null && !port.isEmpty() && !port.equals(defaultPort(scheme));
        String path = parts.group(3);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = withoutTracking(parts.group(4));
        return Optional.of(scheme + "://" + userInfo + host + (keepPort ? ":" + port : "") + path
                + (query.isEmpty() ? "" : "?" + query));
    }

    private static String defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> "80";
            case "https" -> "443";
            default -> "";
        };
    }

    private static String withoutTracking(String query) {
        if (query == null) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static String collapse(String text) {
        return text == null ? "" : WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
