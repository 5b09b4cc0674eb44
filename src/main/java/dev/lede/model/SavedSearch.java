package dev.lede.model;

import java.time.Instant;

/**
 * A search kept under a name, to follow as a feed or to check for news.
 *
 * @param name letters, digits, {@code -} and {@code _}, at most {@link #MAX_NAME_LENGTH} characters
 * @param query the query string of {@code /api/search} (keywords and filters), e.g. {@code q=putin&place=Munich}
 * @param created when it was (last) saved
 * @param lastChecked when {@code lede saved check} last looked for news, or {@code null} if never
 * @param newestSeen the newest publication time among the matches at that check, or {@code null}; a later article is
 *     news. Publication time rather than the time of the check, so that an article indexed late still counts.
 */
public record SavedSearch(String name, String query, Instant created, Instant lastChecked, Instant newestSeen) {

    public static final int MAX_NAME_LENGTH = 60;

    /** How many of the newest matches a feed, or a check, shows. */
    public static final int FEED_SIZE = 20;

    public SavedSearch {
        query = query == null ? "" : query;
    }

    public SavedSearch checked(Instant at, Instant newest) {
        return new SavedSearch(name, query, created, at, newest == null ? newestSeen : newest);
    }
}
