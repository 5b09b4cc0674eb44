package dev.lede.model;

import java.util.List;
import java.util.Set;

/**
 * What a place value brings to an article at extraction: its country and its first-level region, each as the article's
 * country and region values name them.
 *
 * @param countries country values ("United States")
 * @param regions region values ("Nevada, United States")
 */
public record PlaceDerivation(List<String> countries, List<String> regions) {

    public static final PlaceDerivation NONE = new PlaceDerivation(List.of(), List.of());
    /** The fields whose values extraction derives from places. */
    public static final Set<FacetField> FIELDS = Set.of(FacetField.COUNTRY, FacetField.REGION);

    public PlaceDerivation {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    /** The values of {@code field} (one of {@link #FIELDS}) the place brings; none for any other field. */
    public List<String> values(FacetField field) {
        return switch (field) {
            case COUNTRY -> countries;
            case REGION -> regions;
            default -> List.of();
        };
    }
}
