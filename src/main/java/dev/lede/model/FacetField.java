package dev.lede.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields a search can count and filter by.
 *
 * @param parameter the request parameter that filters by it ("person")
 * @param plural the key its counts appear under in a response ("people")
 */
public enum FacetField {
    PERSON("person", "people"),
    PLACE("place", "places"),
    COUNTRY("country", "countries"),
    REGION("region", "regions"),
    ORG("org", "orgs"),
    SOURCE("source", "sources");

    private final String parameter;
    private final String plural;

    FacetField(String parameter, String plural) {
        this.parameter = parameter;
        this.plural = plural;
    }

    /** The field whose {@link #parameter()} is {@code name}, e.g. "person". */
    public static Optional<FacetField> byParameter(String name) {
        return Arrays.stream(values())
                .filter(field -> field.parameter.equals(name.strip()))
                .findFirst();
    }

    /** The parameter names of all fields, for messages: "person, place, org, source". */
    public static String parameterNames() {
        return Arrays.stream(values()).map(FacetField::parameter).collect(Collectors.joining(", "));
    }

    public String parameter() {
        return parameter;
    }

    public String plural() {
        return plural;
    }
}
