package dev.lede.enrich;

import dev.lede.enrich.places.EndAnchored;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A one-word "person" that the words around it show to be a place the gazetteer knows. A finding holds for the whole
 * article, unless the word is also part of a person's full name in it.
 *
 * <ul>
 *   <li>A town and its region: the word with a region right after it ("Ogden, Utah", "Garland, Texas-based"), or a
 *       town with the word right after it as its region ("Kansas City, Mo", "Kota Kinabalu, Sabah"), where the
 *       gazetteer has a town of that name in that region. A state the wire abbreviates ("Colo", "Tenn") needs only a
 *       capitalised word and a comma before it ("Aspen, Colo").
 *   <li>A place named as one: right after a word for a kind of place and "of" ("the southern Iraqi town of Amarah",
 *       "the port of Santos"), as a peer's seat ("Lord Nicholls of Birkenhead") or as an MP's seat ("MP for Witney").
 *   <li>A name in a list with at least two places the article has, and nothing else between them: "Tokyo, Osaka,
 *       Yokohama and Kobe", "Basle, Berne, Geneva"; or with one, in a country where the gazetteer has a place of the
 *       name ("Sabah and Sarawak", "Toledo and Chicago").
 * </ul>
 */
final class PlaceContexts {

    private static final EndAnchored KIND_OF_PLACE_BEFORE = EndAnchored.of(
            "(?i:\\b(?:town|city|port|province|state|village|region|island|district|county|suburb|capital city"
                    + "|oblast|prefecture|emirate|municipality)\\s+of)\\s+$",
            "of");
    private static final EndAnchored PEER_SEAT_BEFORE = EndAnchored.of(
            "\\b(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess)\\s+\\p{Lu}[\\p{L}'-]+\\s+of\\s+$",
            "of");
    private static final EndAnchored MP_SEAT_BEFORE = EndAnchored.of("\\b(?:MP|MSP|MEP)\\s+for\\s+$", "for");
    private static final List<EndAnchored> NAMED_AS_A_PLACE =
            List.of(KIND_OF_PLACE_BEFORE, PEER_SEAT_BEFORE, MP_SEAT_BEFORE);

    /** One to three capitalised words and a comma, right before the word: a town before its region. */
    private static final Pattern TOWN_BEFORE =
            Pattern.compile("(\\p{Lu}[\\p{L}.'-]*(?:[ ]\\p{Lu}[\\p{L}.'-]*){0,2}),[ ]+$");
    /** A comma and one or two capitalised words right after the word: its region. */
    private static final Pattern REGION_AFTER = Pattern.compile(",[ ]+(\\p{Lu}[\\p{L}.]*)(?:[ ](\\p{Lu}[\\p{L}.]*))?");

    /** The countries whose states and provinces the wire abbreviates ("Colo", "Ont"). */
    private static final Set<String> ABBREVIATING_COUNTRIES = Set.of("US", "CA");

    /** Places beside a name in a list that make it one. */
    private static final int PLACES_IN_A_LIST = 2;

    /** Letters of a state's name the wire shortens it to, at most ("Calif"). */
    private static final int LONGEST_ABBREVIATION = 5;

    private static final int LOOK_BEHIND = 60;

    private PlaceContexts() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        return EntityMention.peopleAs(EntityKind.PLACE, placesAmongPeople(text, mentions, gazetteer), mentions);
    }

    private static Set<String> placesAmongPeople(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        Map<String, String> lonePeople = NotPeopleContexts.lonePeople(mentions);
        if (lonePeople.isEmpty()) {
            return Set.of();
        }
        Set<String> placeKeys = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PLACE)
                .map(m -> NameLists.key(m.text()))
                .collect(Collectors.toSet());
        Set<String> places = new HashSet<>();
        lonePeople.forEach((key, word) -> {
            List<Gazetteer.Candidate> candidates = gazetteer.candidates(word);
            if (!candidates.isEmpty() && isWrittenAsAPlace(text, word, candidates, gazetteer, placeKeys)) {
                places.add(key);
            }
        });
        return places;
    }

    private static boolean isWrittenAsAPlace(
            String text,
            String word,
            List<Gazetteer.Candidate> candidates,
            Gazetteer gazetteer,
            Set<String> placeKeys) {
        return ContextWords.isWrittenWhere(text, word, (at, end) -> {
            String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
            return NAMED_AS_A_PLACE.stream().anyMatch(cue -> cue.find(before))
                    || isTownOfRegionAfter(text, end, candidates, gazetteer)
                    || isRegionOfTownBefore(before, word, candidates, gazetteer)
                    || isListedWithPlaces(text, at, end, candidates, gazetteer, placeKeys);
        });
    }

    /** "Ogden, Utah": a town of this name lies in the region named right after it. */
    private static boolean isTownOfRegionAfter(
            String text, int end, List<Gazetteer.Candidate> candidates, Gazetteer gazetteer) {
        Matcher region = REGION_AFTER.matcher(text).region(end, text.length());
        if (!region.lookingAt()) {
            return false;
        }
        Set<String> towns = regionCodes(candidates, Place.PlaceKind.CITY);
        if (towns.isEmpty()) {
            return false;
        }
        if (region.group(2) != null
                && regionCodes(gazetteer.candidates(region.group(1) + " " + region.group(2)), Place.PlaceKind.REGION)
                        .stream()
                        .anyMatch(towns::contains)) {
            return true;
        }
        return regionCodes(gazetteer.candidates(region.group(1)), Place.PlaceKind.REGION).stream()
                .anyMatch(towns::contains);
    }

    /** "Kansas City, Mo": the word names a region that has a town of the name right before it. */
    private static boolean isRegionOfTownBefore(
            String before, String word, List<Gazetteer.Candidate> candidates, Gazetteer gazetteer) {
        if (!before.stripTrailing().endsWith(",")) {
            return false;
        }
        Matcher town = TOWN_BEFORE.matcher(before);
        if (!town.find()) {
            return false;
        }
        boolean abbreviation = word.length() <= LONGEST_ABBREVIATION
                && candidates.stream()
                        .anyMatch(c -> c.place().kind() == Place.PlaceKind.REGION
                                && !c.canonicalName()
                                && ABBREVIATING_COUNTRIES.contains(c.place().countryCode()));
        if (abbreviation) {
            return true;
        }
        Set<String> regions = regionCodes(candidates, Place.PlaceKind.REGION);
        if (regions.isEmpty()) {
            return false;
        }
        List<String> words = NameText.tokens(town.group(1));
        for (int start = 0; start < words.size(); start++) {
            String name = String.join(" ", words.subList(start, words.size()));
            if (regionCodes(gazetteer.candidates(name), Place.PlaceKind.CITY).stream()
                    .anyMatch(regions::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a list with two places of the article, or with one that lies in a country where the gazetteer has a place of
     * this name ("Sabah and Sarawak").
     */
    private static boolean isListedWithPlaces(
            String text,
            int at,
            int end,
            List<Gazetteer.Candidate> candidates,
            Gazetteer gazetteer,
            Set<String> placeKeys) {
        List<String> listed = NameLists.around(text, at, end, placeKeys);
        if (listed.size() != 1) {
            return listed.size() >= PLACES_IN_A_LIST;
        }
        Set<String> countries =
                candidates.stream().map(c -> c.place().countryCode()).collect(Collectors.toSet());
        return gazetteer.candidates(listed.getFirst()).stream()
                .anyMatch(c -> countries.contains(c.place().countryCode()));
    }

    private static Set<String> regionCodes(List<Gazetteer.Candidate> candidates, Place.PlaceKind kind) {
        return candidates.stream()
                .map(Gazetteer.Candidate::place)
                .filter(place -> place.kind() == kind && place.regionCode() != null)
                .map(Place::regionCode)
                .collect(Collectors.toSet());
    }
}
