package dev.lede.model;

import java.util.List;
import java.util.Map;

/**
 * Finds the place values of a whole index that misspell a much more used place's name by one letter ({@link
 * Misspellings}: "Unites States", "Los Angels", "Okalhoma City"), as automatic merges with reasons. The gazetteer
 * gives a place written right its one name at indexing; a slip matches none of its names and stays as written. A
 * place of one word joins no one. The countries a place gives its articles are found at indexing, so a joined slip
 * adds none.
 */
public final class PlaceVariants {

    private PlaceVariants() {}

    /** @param articlesPerName how many articles use each indexed place value */
    public static List<AutomaticMerge> automatic(Map<String, Long> articlesPerName) {
        return Misspellings.ofValues(articlesPerName).entrySet().stream()
                .map(slip -> new AutomaticMerge(
                        FacetField.PLACE,
                        slip.getKey(),
                        slip.getValue(),
                        Misspellings.reason(slip.getKey(), slip.getValue())))
                .toList();
    }
}
