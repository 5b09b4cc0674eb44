package dev.lede.model;

/**
 * The fields a search can count and filter by.
 *
 * @param parameter the request parameter that filters by it ("person")
 * @param plural the key its counts appear under in a response ("people")
 */
public enum FacetField {
    PERSON("person", "people"),
    PLACE("place", "places"),
    ORG("org", "orgs"),
    SOURCE("source", "sources");

    private final String parameter;
    private final String plural;

    FacetField(String parameter, String plural) {
        this.parameter = parameter;
        this.plural = plural;
    }

    public String parameter() {
        return parameter;
    }

    public String plural() {
        return plural;
    }
}
