package dev.lede.model;

import java.util.List;

/**
 * Entities the input itself names for an article (tags of an export, e.g. Reuters' {@code people}, {@code places},
 * {@code orgs}), as written there, before any clean-up.
 */
public record GivenEntities(List<String> people, List<String> places, List<String> organizations) {

    public static final GivenEntities NONE = new GivenEntities(List.of(), List.of(), List.of());

    public GivenEntities {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }

    public boolean isEmpty() {
        return people.isEmpty() && places.isEmpty() && organizations.isEmpty();
    }
}
