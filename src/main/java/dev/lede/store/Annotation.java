package dev.lede.store;

import java.time.Instant;
import java.util.List;

/**
 * What a reader noted about one article: a star, tags and a private note.
 *
 * @param articleId the article's stable id, which survives re-indexing
 * @param tags distinct, in the order given
 * @param note free text, "" when none
 * @param updated when it was last saved
 */
public record Annotation(String articleId, boolean starred, List<String> tags, String note, Instant updated) {

    public Annotation {
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
    }

    /** An annotation that says nothing: no star, no tag, no note. */
    public boolean saysNothing() {
        return !starred && tags.isEmpty() && note.isBlank();
    }
}
