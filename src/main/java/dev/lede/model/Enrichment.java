package dev.lede.model;

import java.util.List;

/**
 * What extraction found in one article. Each list holds distinct values, each counted once per article.
 *
 * @param people canonical person names ("Donald Trump", never both "Trump" and "Donald Trump")
 * @param places canonical place names ("Kyiv" for "Kiev"), the dateline's place among them
 * @param organizations organisation names
 * @param countries the countries of the places, and countries named as such ("Germany" for Munich)
 * @param mentionedDates dates named in the text, distinct by value
 * @param dateline the canonical place the story was filed from, or {@code null}
 * @param regions the first-level regions of the places where known ("Bavaria, Germany")
 */
public record Enrichment(
        List<String> people,
        List<String> places,
        List<String> organizations,
        List<String> countries,
        List<MentionedDate> mentionedDates,
        String dateline,
        List<String> regions) {

    public static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of(), List.of());

    public Enrichment {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        countries = List.copyOf(countries);
        mentionedDates = List.copyOf(mentionedDates);
        regions = List.copyOf(regions);
    }

    public Enrichment(
            List<String> people,
            List<String> places,
            List<String> organizations,
            List<String> countries,
            List<MentionedDate> mentionedDates,
            String dateline) {
        this(people, places, organizations, countries, mentionedDates, dateline, List.of());
    }

    /** Without countries or dateline, e.g. for extraction that does not resolve places. */
    public Enrichment(
            List<String> people, List<String> places, List<String> organizations, List<MentionedDate> mentionedDates) {
        this(people, places, organizations, List.of(), mentionedDates, null);
    }
}
