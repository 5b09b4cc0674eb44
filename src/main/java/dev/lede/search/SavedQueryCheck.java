package dev.lede.search;

import dev.lede.model.SearchRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks a saved query passes before it is kept, from the command line and the API alike: every check a search
 * makes of it (its parameters, the syntax and cost of {@code q}, paging values, dates), so that a saved search never
 * fails each time it is checked or fetched as a feed.
 */
public final class SavedQueryCheck {

    /** A {@code %} not followed by two hex digits, which no query string holds. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private SavedQueryCheck() {}

    /**
     * {@code queryString} as it is kept: without a leading {@code ?} or URL.
     *
     * @throws InvalidSearchException naming {@code query}, saying why it could never be searched
     */
    public static String checked(String queryString) {
        try {
            if (queryString != null && BAD_ESCAPE.matcher(queryString).find()) {
                throw new InvalidSearchException(
                        SearchQueryString.PARAMETER,
                        "it has a % that is not followed by two hex digits; write a percent sign as %25");
            }
            // A cursor points into one answer's order at one moment; kept, it would break the saved search's link.
            String normalized = withoutCursor(SearchQueryString.normalize(queryString));
            SearchRequest request = SearchQueryString.parse(normalized, null, SearchRequest.DEFAULT_SIZE);
            checkKeywords(request.query());
            SearchRules.validate(withPaging(normalized, request));
            return normalized;
        } catch (InvalidSearchException e) {
            throw new InvalidSearchException(
                    SearchQueryString.PARAMETER, "the query cannot be saved: " + e.getMessage());
        }
    }

    /** The checks of {@code q} that a search makes whatever the engine: its length, its syntax and its cost. */
    private static void checkKeywords(String query) {
        SearchRules.checkQueryLength(query);
        QuerySyntax.read(query);
    }

    /** {@code request} with the paging values the saved query gives, which a search would refuse when wrong. */
    private static SearchRequest withPaging(String queryString, SearchRequest request) {
        SearchRequest.Builder paged = request.toBuilder();
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1)).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "page" -> paged.page(whole(name, value));
                case "size" -> paged.size(whole(name, value));
                case "facetLimit" -> paged.facetLimit(whole(name, value));
                case "collapse" -> {
                    String flag = value.toLowerCase(Locale.ROOT);
                    if (!flag.equals("true") && !flag.equals("false")) {
                        throw new InvalidSearchException(name, name + " must be true or false, not '" + value + "'");
                    }
                }
                default -> {}
            }
        }
        return paged.build();
    }

    private static int whole(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name, name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Already read once by {@link SearchQueryString#normalize}, so it decodes. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String withoutCursor(String queryString) {
        return String.join(
                "&",
                java.util.Arrays.stream(queryString.split("&"))
                        .filter(pair -> !pair.equals("cursor") && !pair.startsWith("cursor="))
                        .toList());
    }
}
