package dev.lede.model;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param snippet an excerpt of the body as HTML: the article text escaped, matches wrapped in {@code <mark>}
 * @param copies with duplicates collapsed: how many other matching articles are near-duplicates of this one and were
 *     left out of the page for it; else 0
 * @param copySources the distinct sources of those copies, sorted
 * @param latestCopy when the newest of those copies was published: the story's latest telling; {@code null} without
 *     dated copies
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
        List<String> orgs,
        int copies,
        List<String> copySources,
        Instant latestCopy) {

    public Hit {
        copySources = List.copyOf(copySources);
    }

    /** A hit that stands for itself alone. */
    public Hit(
            String id,
            String title,
            Instant published,
            String source,
            String url,
            String snippet,
            List<String> people,
            List<String> places,
            List<String> countries,
            List<String> orgs) {
        this(id, title, published, source, url, snippet, people, places, countries, orgs, 0, List.of(), null);
    }

    /**
     * The copies this hit stands for, worded as the search page words them: "2 more copies (Daily Post, Harbour
     * Ledger)", its own source left out of the list; empty when it stands for none.
     */
    public String copiesNote() {
        if (copies == 0) {
            return "";
        }
        List<String> elsewhere =
                copySources.stream().filter(other -> !other.equals(source)).toList();
        String count = copies == 1 ? "1 more copy" : copies + " more copies";
        return elsewhere.isEmpty() ? count : count + " (" + String.join(", ", elsewhere) + ")";
    }

    /**
     * The same hit standing for {@code copies} near-duplicates from {@code copySources}, the newest published at
     * {@code latestCopy}.
     */
    public Hit withCopies(int copies, List<String> copySources, Instant latestCopy) {
        return new Hit(
                id,
                title,
                published,
                source,
                url,
                snippet,
                people,
                places,
                countries,
                orgs,
                copies,
                copySources,
                latestCopy);
    }
}
