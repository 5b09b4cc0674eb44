package dev.lede.enrich.places;

import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.PlaceDerivation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Other names of places and countries from Lede's gazetteer, as extraction would resolve them: "Bombay" is a place
 * value "Mumbai", "Burma" and "Soviet Union" are countries ("Myanmar", "Russia"), each as extraction resolves the name
 * alone. Registered as a {@link java.util.ServiceLoader} provider.
 */
public final class GazetteerNameAliases implements NameAliases {

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    /** Resolving every other name of the gazetteer up front would cost seconds; a value's are resolved once. */
    private final Map<FacetField, Map<String, List<String>>> otherNamesByValue = new EnumMap<>(FacetField.class);

    /** For {@link java.util.ServiceLoader}: reads the gazetteer shipped with Lede. */
    public GazetteerNameAliases() {
        this(Gazetteer.load());
    }

    GazetteerNameAliases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
        otherNamesByValue.put(FacetField.PLACE, new ConcurrentHashMap<>());
        otherNamesByValue.put(FacetField.COUNTRY, new ConcurrentHashMap<>());
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

    /** The country and region of the place {@code place} names alone, as {@link PlaceResolver} finds them. */
    @Override
    public PlaceDerivation derivedFrom(String place) {
        if (place.isBlank()) {
            return PlaceDerivation.NONE;
        }
        ArticlePlaces resolved = resolver.resolve(List.of(place), null);
        return new PlaceDerivation(resolved.countries(), resolved.regions());
    }

    /** The gazetteer's other names of places called {@code value} that, typed alone, resolve to it. */
    @Override
    public List<String> otherNames(FacetField field, String value) {
        Map<String, List<String>> known = otherNamesByValue.get(field);
        if (known == null) {
            return List.of();
        }
        return known.computeIfAbsent(
                value,
                v -> gazetteer.otherNames(v).stream()
                        .filter(name -> valuesNamed(field, name).contains(v))
                        .toList());
    }
}
