package dev.lede.model;

import java.time.Instant;
import java.util.List;

/**
 * An article like another one: similar words, and the people, places and organisations both mention (as curation
 * shows them).
 *
 * @param published publication instant, or {@code null}
 */
public record RelatedArticle(
        String id,
        String title,
        Instant published,
        String source,
        String url,
        List<String> sharedPeople,
        List<String> sharedPlaces,
        List<String> sharedOrgs) {

    public RelatedArticle {
        sharedPeople = List.copyOf(sharedPeople);
        sharedPlaces = List.copyOf(sharedPlaces);
        sharedOrgs = List.copyOf(sharedOrgs);
    }
}
