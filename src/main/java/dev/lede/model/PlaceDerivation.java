package dev.lede.model;

import java.util.List;

/**
 * What a place value brings to an article at extraction: its country and its first-level region, each as the article's
 * country and region values name them.
 *
 * @param countries country values ("United States")
 * @param regions region values ("Nevada, United States")
 */
public record PlaceDerivation(List<String> countries, List<String> regions) {

    public static final PlaceDerivation NONE = new PlaceDerivation(List.of(), List.of());

    public PlaceDerivation {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }
}
