package dev.lede.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which article URLs may become links. Scraped pages carry any scheme ({@code javascript:}, {@code data:},
 * {@code file:}); only an absolute {@code http} or {@code https} URL with a host is kept, so that nothing a page renders
 * as a link can run script.
 */
public final class WebLink {

    private WebLink() {}

    /** {@code url} stripped, when it is an absolute http(s) URL with a host; otherwise {@code null}. */
    public static String httpOrNull(String url) {
        if (url == null) {
            return null;
        }
        String candidate = url.strip();
        if (candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return null;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isEmpty() ? candidate : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
