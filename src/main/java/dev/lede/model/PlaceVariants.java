package dev.lede.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the place values of a whole index that name a more used place otherwise, as automatic merges with reasons:
 * written with other hyphens, dots or capitals ({@link SpacingVariants}: "South-east Asia", "South East Asia" and
 * "Southeast Asia"; "Asia-Pacific"; "Mt. Laurel"), or misspelt by one letter ({@link Misspellings}: "Unites States",
 * "Los Angels", "Okalhoma City"). The gazetteer gives a place written right its one name at indexing; these match
 * none of its names and stay as written. A space closed up is no variant, since towns are named so ("Westchester",
 * "West Chester"), nor is a place of one word a slip. The countries a place gives its articles are found at
 * indexing, so a joined variant adds none.
 */
public final class PlaceVariants {

    private PlaceVariants() {}

    /** @param articlesPerName how many articles use each indexed place value */
    public static List<AutomaticMerge> automatic(Map<String, Long> articlesPerName) {
        Map<String, String> spacings = SpacingVariants.labels(articlesPerName, SpacingVariants::hyphenReadings);
        List<AutomaticMerge> merges = new ArrayList<>();
        spacings.forEach((name, label) ->
                merges.add(new AutomaticMerge(FacetField.PLACE, name, label, SpacingVariants.reason(name, label))));
        Map<String, Long> articlesOfLabel = new LinkedHashMap<>(articlesPerName);
        spacings.forEach((name, label) -> articlesOfLabel.merge(label, articlesOfLabel.remove(name), Long::sum));
        Misspellings.ofValues(articlesOfLabel)
                .forEach((slip, spelling) -> merges.add(
                        new AutomaticMerge(FacetField.PLACE, slip, spelling, Misspellings.reason(slip, spelling))));
        return merges;
    }
}
