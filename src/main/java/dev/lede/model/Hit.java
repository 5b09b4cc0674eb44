package dev.lede.model;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param snippet an excerpt of the body as HTML: the article text escaped, matches wrapped in {@code <mark>}
 */
public record Hit(
        String id,
        String title,
        Instant published,
        String source,
        String url,
        String snippet,
        List<String> people,
        List<String> places,
        List<String> countries,
        List<String> orgs) {}
