package dev.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change things. Every request that is not a GET, HEAD or OPTIONS is a write, wherever it is routed, and
 * needs {@code Authorization: Bearer <token>}; it must come from this site (a browser's {@code Origin} and
 * {@code Sec-Fetch-Site} say so) and carry JSON. The few POST routes that only read ({@link #READ_ONLY_POSTS}) need
 * no token but are still refused from other sites.
 */
final class WriteGuard {

    /** POST routes that only search; they take plain text or CSV bodies. */
    static final Set<String> READ_ONLY_POSTS = Set.of("/api/batch");

    static final String NO_TOKEN_CONFIGURED = "This server is read-only: start it with a write token (LEDE_WRITE_TOKEN"
            + " or --write-token-file) to allow changes.";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/x-ndjson");
    /** Not JSON: a batch would search {@code ["tram"]} as that literal text. */
    private static final Set<String> READ_ONLY_POST_TYPES = Set.of("text/plain", "text/csv");

    private static final String BEARER = "bearer ";

    private final Optional<byte[]> tokenDigest;

    WriteGuard(Optional<String> token) {
        this.tokenDigest = token.map(WriteGuard::digest);
    }

    boolean readOnly() {
        return tokenDigest.isEmpty();
    }

    /** @throws RequestRefused when {@code ctx} is a write this server must not take */
    void check(Context ctx) {
        if (READ_METHODS.contains(ctx.method().name())) {
            return;
        }
        checkSameSite(ctx);
        boolean readOnlyRoute =
                READ_ONLY_POSTS.contains(ctx.path()) && ctx.method().name().equals("POST");
        checkContentType(ctx, readOnlyRoute ? READ_ONLY_POST_TYPES : JSON_TYPES);
        if (!readOnlyRoute) {
            if (!readOnly()) {
                // Tells the page a token would help; a read-only server has none to ask for.
                ctx.header("WWW-Authenticate", "Bearer realm=\"lede\"");
            }
            checkToken(ctx.header("Authorization"));
            ctx.removeHeader("WWW-Authenticate");
        }
    }

    private static void checkSameSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            throw new RequestRefused(403, "Changes are accepted only from this server's own page.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new RequestRefused(403, "Changes are accepted only from this server's own page.");
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        String prefix = origin.startsWith("https://") ? "https://" : "http://";
        return host != null
                && origin.startsWith(prefix)
                && origin.substring(prefix.length()).equalsIgnoreCase(host.strip());
    }

    private static void checkContentType(Context ctx, Set<String> accepted) {
        boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody) {
            return;
        }
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";", 2)[0].strip();
        if (!accepted.contains(type.toLowerCase(Locale.ROOT))) {
            throw new RequestRefused(415, "The body must be sent as " + String.join(" or ", sorted(accepted)) + ".");
        }
    }

    private void checkToken(String authorization) {
        if (tokenDigest.isEmpty()) {
            throw new RequestRefused(401, NO_TOKEN_CONFIGURED);
        }
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new RequestRefused(401, "Changes need the write token, sent as 'Authorization: Bearer <token>'.");
        }
        byte[] given = digest(authorization.substring(BEARER.length()).strip());
        // Digests of equal length, compared in constant time, so timing tells nothing about the token.
        if (!MessageDigest.isEqual(given, tokenDigest.get())) {
            throw new RequestRefused(401, "The write token is not right.");
        }
    }

    private static java.util.List<String> sorted(Set<String> types) {
        return types.stream().sorted().toList();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
