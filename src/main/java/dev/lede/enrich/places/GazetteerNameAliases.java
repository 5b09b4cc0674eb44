package dev.lede.enrich.places;

import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import java.util.List;

/**
 * Other names of places and countries from Lede's gazetteer, as extraction would resolve them: "Bombay" is a place
 * value "Mumbai", "Burma" and "Soviet Union" are countries ("Myanmar", "Russia"), each as extraction resolves the name
 * alone. Registered as a {@link java.util.ServiceLoader} provider.
 */
public final class GazetteerNameAliases implements NameAliases {

    private final PlaceResolver resolver;

    /** For {@link java.util.ServiceLoader}: reads the gazetteer shipped with Lede. */
    public GazetteerNameAliases() {
        this(Gazetteer.load());
    }

    GazetteerNameAliases(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public List<String> valuesNamed(FacetField field, String typed) {
        if (typed.isBlank()) {
            return List.of();
        }
        ArticlePlaces resolved = resolver.resolve(List.of(typed), null);
        List<String> values = switch (field) {
            case PLACE -> resolved.places();
            case COUNTRY -> resolved.countries();
            default -> List.of();
        };
        return values.stream()
                .filter(value -> !PlaceKeys.of(value).equals(PlaceKeys.of(typed)))
                .toList();
    }
}
