package dev.lede.enrich.places;

import java.util.List;

/**
 * The places of one article after resolution.
 *
 * @param places distinct canonical names in order of first mention, the dateline's first; names the gazetteer does
 *     not know stay as written
 * @param countries distinct country names: the countries named, and those of the places
 * @param dateline the canonical name of the place the story was filed from, or {@code null}
 */
public record ArticlePlaces(List<String> places, List<String> countries, String dateline) {

    public static final ArticlePlaces NONE = new ArticlePlaces(List.of(), List.of(), null);

    public ArticlePlaces {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }
}
