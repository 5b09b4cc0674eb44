package dev.lede.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a reader types for a filter, in any case: "gesine hollerbach" stands for the indexed "Gesine Hollerbach",
 * as {@code person:gesine} does in a query. Without it a filter typed in the wrong case found nothing and an exclusion
 * excluded nothing, silently. Other names come from the names it wraps.
 */
public final class TypedInAnyCase implements NameAliases {

    private final NameAliases known;
    private final Map<FacetField, Map<String, List<String>>> byLowerCase = new EnumMap<>(FacetField.class);

    /** @param values every indexed value, by field */
    public TypedInAnyCase(Map<FacetField, List<String>> values, NameAliases known) {
        this.known = known;
        values.forEach((field, names) -> {
            Map<String, List<String>> lower = new HashMap<>();
            for (String name : names) {
                lower.computeIfAbsent(lowerCase(name), key -> new ArrayList<>(1))
                        .add(name);
            }
            byLowerCase.put(field, lower);
        });
    }

    @Override
    public List<String> valuesNamed(FacetField field, String typed) {
        List<String> named = new ArrayList<>(known.valuesNamed(field, typed));
        List<String> sameLetters = byLowerCase.getOrDefault(field, Map.of()).getOrDefault(lowerCase(typed), List.of());
        if (!sameLetters.contains(typed)) {
            named.addAll(sameLetters);
        }
        return named;
    }

    @Override
    public List<String> otherNames(FacetField field, String value) {
        return known.otherNames(field, value);
    }

    @Override
    public PlaceDerivation derivedFrom(String place) {
        return known.derivedFrom(place);
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
