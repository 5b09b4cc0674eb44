package dev.lede.enrich.places;

import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.PlaceDerivation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Other names of places, countries and regions from Lede's gazetteer, as extraction would resolve them: "Bombay" is a
 * place value "Mumbai", "Burma" and "Soviet Union" are countries ("Myanmar", "Russia"), "Texas" and "Bavaria" are
 * regions ("Texas, United States", "Bavaria, Germany"), each as extraction resolves the name alone. Registered as a
 * {@link java.util.ServiceLoader} provider.
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
            case REGION -> regionsNamed(resolved);
            default -> List.of();
        };
        return values.stream()
                .filter(value -> !PlaceKeys.of(value).equals(PlaceKeys.of(typed)))
                .toList();
    }

    /** The regions a name resolves to as a region itself ("Texas", "Bayern"), not as a town in one ("Houston"). */
    private static List<String> regionsNamed(ArticlePlaces resolved) {
        Set<String> named = resolved.places().stream().map(PlaceKeys::of).collect(Collectors.toSet());
        return resolved.regions().stream()
                .filter(region -> named.contains(PlaceKeys.of(regionName(region))))
                .toList();
    }

    /** "Texas" of the region value "Texas, United States". */
    private static String regionName(String region) {
        int comma = region.lastIndexOf(", ");
        return comma < 0 ? region : region.substring(0, comma);
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
