package dev.lede.model;

import java.time.Instant;

/**
 * An article whose body is a near-duplicate of another's: a syndicated copy, a lightly edited rewrite, a truncated
 * version of the same story.
 *
 * @param published publication instant, or {@code null}
 * @param similarity estimated share of word shingles the two bodies have in common (Jaccard), 0 to 1; 1 for an exact
 *     copy of the body
 */
public record DuplicateArticle(
        String id, String title, Instant published, String source, String url, double similarity) {}
