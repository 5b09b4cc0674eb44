package dev.lede.enrich.places;

import java.util.List;

/**
 * The places of one article after resolution.
 *
 * @param places distinct canonical names in order of first mention, the dateline's first; names the gazetteer does
 *     not know stay as written
 * @param countries distinct country names: the countries named, and those of the places
 * @param dateline the canonical name of the place the story was filed from, or {@code null}
 * @param regions distinct first-level regions of the places, where the gazetteer knows them ("Bavaria, Germany")
 */
public record ArticlePlaces(List<String> places, List<String> countries, String dateline, List<String> regions) {

    public static final ArticlePlaces NONE = new ArticlePlaces(List.of(), List.of(), null, List.of());

    public ArticlePlaces {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }
}
