package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.enrich.places.PlaceNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation a story names once with the country or city it belongs to and then without: "the U.S. Treasury" …
 * "the Treasury", "the Swiss National Bank" … "the National Bank", "Manchester United" … "United". Within that story
 * the short name is the qualified one, so it is listed once, qualified. The qualifier must be a country (by name,
 * code or demonym) or a sizeable place, and only one organisation of the story may end in the short name ("United"
 * beside "Manchester United" and "Newcastle United" stays). The short name is one word or a body's ("Stock Exchange"):
 * "Commerce Bancshares" beside "Texas Commerce Bancshares" is another firm. After a demonym only a public body or an
 * institution is joined: "American Honda" is a firm of its own beside Honda. A short name in capitals or of three
 * letters ("Fed" beside "New York Fed", a branch of it) is left alone.
 */
final class QualifiedShortNames {

    /** Last words of a country's public bodies and institutions, which no firm's demonym-led name makes its own. */
    private static final Set<String> BODY_WORDS = Set.of(
            "agency",
            "army",
            "assembly",
            "association",
            "authority",
            "bank",
            "board",
            "bureau",
            "cabinet",
            "commission",
            "committee",
            "congress",
            "council",
            "court",
            "department",
            "exchange",
            "federation",
            "force",
            "foundation",
            "fund",
            "government",
            "guard",
            "house",
            "institute",
            "ministry",
            "navy",
            "office",
            "parliament",
            "party",
            "police",
            "senate",
            "service",
            "treasury",
            "union");

    /** A city this big is a qualifier; a smaller place's name is too often a word of a name ("Bell", "Aston"). */
    private static final long LEAST_CITY_POPULATION = 100_000;

    private static final int SHORTEST_SHORT_NAME = 4;

    private QualifiedShortNames() {}

    /** The story's organisations, each short name that one of them qualifies replaced by that one. */
    static List<String> apply(List<String> organizations, Gazetteer gazetteer) {
        if (organizations.size() < 2) {
            return organizations;
        }
        Set<String> named = new LinkedHashSet<>();
        for (String organization : organizations) {
            named.add(qualified(organization, organizations, gazetteer));
        }
        return new ArrayList<>(named);
    }

    private static String qualified(String shortName, List<String> organizations, Gazetteer gazetteer) {
        if (shortName.length() < SHORTEST_SHORT_NAME || shortName.equals(shortName.toUpperCase(Locale.ROOT))) {
            return shortName;
        }
        String ending = " " + shortName;
        String qualifiedName = null;
        for (String other : organizations) {
            if (other.endsWith(ending)) {
                if (qualifiedName != null) {
                    return shortName;
                }
                qualifiedName = other;
            }
        }
        if (qualifiedName == null) {
            return shortName;
        }
        String qualifier = qualifiedName.substring(0, qualifiedName.length() - ending.length());
        return isHomeOf(qualifier, shortName, gazetteer) ? qualifiedName : shortName;
    }

    private static boolean isHomeOf(String qualifier, String shortName, Gazetteer gazetteer) {
        if (gazetteer.isDemonym(qualifier)) {
            return isBody(shortName);
        }
        return (shortName.indexOf(' ') < 0 || isBody(shortName))
                && !PlaceNames.isDirectionOnly(qualifier)
                && gazetteer.candidates(qualifier).stream().anyMatch(QualifiedShortNames::isSizeable);
    }

    /**
     * A country by any of its names ("US"); a first-level region or a big city by its own name, not by another the
     * gazetteer gives it ("Sol" for Seoul, "Ara" for Arrah are given names before a surname; "Federal" for Brazil's
     * Federal District is a word of a body's name).
     */
    private static boolean isSizeable(Gazetteer.Candidate candidate) {
        Place place = candidate.place();
        return switch (place.kind()) {
            case COUNTRY -> true;
            case REGION -> candidate.canonicalName() && !place.isSecondLevelRegion();
            case CITY -> candidate.canonicalName() && place.population() >= LEAST_CITY_POPULATION;
        };
    }

    private static boolean isBody(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return BODY_WORDS.contains(last);
    }
}
