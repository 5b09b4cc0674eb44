package dev.lede.model;

import java.util.List;

/**
 * What extraction found in one article. Each list holds distinct values, each counted once per article.
 *
 * @param people canonical person names ("Donald Trump", never both "Trump" and "Donald Trump")
 * @param places place names
 * @param organizations organisation names
 * @param mentionedDates dates named in the text, distinct by value
 */
public record Enrichment(
        List<String> people, List<String> places, List<String> organizations, List<MentionedDate> mentionedDates) {

    public static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of(), List.of());

    public Enrichment {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        mentionedDates = List.copyOf(mentionedDates);
    }
}
