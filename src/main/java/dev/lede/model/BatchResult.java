package dev.lede.model;

import java.time.Instant;

/**
 * What one line of a batch search found.
 *
 * @param query the line as given
 * @param articles how many articles match
 * @param firstPublished the earliest publication time among them, or {@code null}
 * @param lastPublished the latest publication time among them, or {@code null}
 * @param field the entity field the line names ("person", "place", "org", "country"), or {@code null} when it was searched as keywords
 * @param value the name the entity is shown as (after aliases and curation), or {@code null}
 * @param alias the indexed name or alias the line matched, or {@code null}
 */
public record BatchResult(
        String query,
        long articles,
        Instant firstPublished,
        Instant lastPublished,
        String field,
        String value,
        String alias) {}
