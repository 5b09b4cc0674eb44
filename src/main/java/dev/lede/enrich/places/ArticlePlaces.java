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
 * @param datelineCountry the country of the place the story was filed from, or {@code null} where that is unknown
 * @param namedCountries those of {@code countries} the story names itself, by name ("U.S.") or by its people ("Italian
 *     bonds"), or files from; not one only a city or region of which it names ("the Paris accord")
 */
public record ArticlePlaces(
        List<String> places,
        List<String> countries,
        String dateline,
        List<String> regions,
        String datelineCountry,
        List<String> namedCountries) {

    public static final ArticlePlaces NONE = new ArticlePlaces(List.of(), List.of(), null, List.of());

    public ArticlePlaces {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        namedCountries = List.copyOf(namedCountries);
    }

    /** Places of names given without their story, where every country counts as named and none is filed from. */
    public ArticlePlaces(List<String> places, List<String> countries, String dateline, List<String> regions) {
        this(places, countries, dateline, regions, null, countries);
    }
}
