package dev.lede.enrich.places;

import dev.lede.enrich.places.Place.PlaceKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the names a place name is listed with say of it, for a name a state shares with a country: "Ukraine and
 * Georgia", "Samoa, France, Italy, Georgia and Chinese Taipei" list countries; "Georgia and Alabama" lists states. A
 * neighbour counts only where the gazetteer knows it as one kind alone: a country that is no region ("Ukraine"), or a
 * first-level region that is no country in the same country as the name's own region ("Alabama" beside the state of
 * Georgia). The country of the name's own region says nothing ("Georgia, USA" is an address, "the United States and
 * Georgia" a pair of countries), nor does a region written before the name with a comma alone ("Monterrey, Nuevo
 * Leon, Mexico" is an address too).
 */
final class CoordinatedNames {

    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME = "(" + WORD + "(?:\\s+" + WORD + "){0,3})";
    private static final String JOIN = "(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+";
    private static final Pattern BEFORE = Pattern.compile(NAME + "(" + JOIN + ")$");
    private static final Pattern AFTER = Pattern.compile(JOIN + NAME);
    private static final int LOOK_BEHIND = 60;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;

    CoordinatedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The verdict of the names listed right before and after the name written at {@code at}. */
    PlaceCues.Cue at(String name, String text, int at) {
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(name).stream()
                .filter(Gazetteer.Candidate::canonicalName)
                .toList();
        Set<String> ownRegionCountries = candidates.stream()
                .filter(c -> isFirstLevelRegion(c.place()))
                .map(c -> c.place().countryCode())
                .collect(Collectors.toSet());
        if (ownRegionCountries.isEmpty()
                || candidates.stream().noneMatch(c -> c.place().kind() == PlaceKind.COUNTRY)) {
            return PlaceCues.Cue.NONE;
        }
        Matcher before = BEFORE.matcher(text.substring(Math.max(0, at - LOOK_BEHIND), at));
        Matcher after = AFTER.matcher(text).region(at + name.length(), text.length());
        boolean state = false;
        boolean country = false;
        PlaceCues.Cue listedBefore = PlaceCues.Cue.NONE;
        if (before.find()) {
            listedBefore = kindOfLast(before.group(1), ownRegionCountries);
            if (listedBefore == PlaceCues.Cue.STATE && before.group(2).strip().equals(",")) {
                listedBefore = PlaceCues.Cue.NONE;
            }
        }
        for (PlaceCues.Cue cue : List.of(
                listedBefore,
                after.lookingAt() ? kindOfFirst(after.group(1), ownRegionCountries) : PlaceCues.Cue.NONE)) {
            state |= cue == PlaceCues.Cue.STATE;
            country |= cue == PlaceCues.Cue.COUNTRY;
        }
        return state == country ? PlaceCues.Cue.NONE : state ? PlaceCues.Cue.STATE : PlaceCues.Cue.COUNTRY;
    }

    /** The kind of the longest known name that ends the words ("notably Ukraine" → Ukraine). */
    private PlaceCues.Cue kindOfLast(String words, Set<String> ownRegionCountries) {
        List<String> all = Arrays.asList(SPACE.split(words));
        for (int from = 0; from < all.size(); from++) {
            PlaceCues.Cue cue = kind(String.join(" ", all.subList(from, all.size())), ownRegionCountries);
            if (cue != PlaceCues.Cue.NONE) {
                return cue;
            }
        }
        return PlaceCues.Cue.NONE;
    }

    /** The kind of the longest known name that starts the words ("Italy Georgia" → Italy). */
    private PlaceCues.Cue kindOfFirst(String words, Set<String> ownRegionCountries) {
        List<String> all = Arrays.asList(SPACE.split(words));
        for (int to = all.size(); to > 0; to--) {
            PlaceCues.Cue cue = kind(String.join(" ", all.subList(0, to)), ownRegionCountries);
            if (cue != PlaceCues.Cue.NONE) {
                return cue;
            }
        }
        return PlaceCues.Cue.NONE;
    }

    private PlaceCues.Cue kind(String neighbour, Set<String> ownRegionCountries) {
        List<Gazetteer.Candidate> own = gazetteer.candidates(neighbour).stream()
                .filter(Gazetteer.Candidate::canonicalName)
                .toList();
        boolean aCountry = own.stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
        boolean aRegion = own.stream().anyMatch(c -> isFirstLevelRegion(c.place()));
        if (aCountry && !aRegion) {
            boolean ownCountry = own.stream()
                    .anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY
                            && ownRegionCountries.contains(c.place().countryCode()));
            return ownCountry ? PlaceCues.Cue.NONE : PlaceCues.Cue.COUNTRY;
        }
        if (aRegion && !aCountry) {
            boolean sameCountry = own.stream()
                    .anyMatch(c -> isFirstLevelRegion(c.place())
                            && ownRegionCountries.contains(c.place().countryCode()));
            return sameCountry ? PlaceCues.Cue.STATE : PlaceCues.Cue.NONE;
        }
        return PlaceCues.Cue.NONE;
    }

    private static boolean isFirstLevelRegion(Place place) {
        return place.kind() == PlaceKind.REGION && !place.isSecondLevelRegion();
    }
}
