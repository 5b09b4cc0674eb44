package dev.lede.enrich.places;

import dev.lede.enrich.places.Place.PlaceKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        PlaceCues.Cue listedBefore =
                before.find() ? firstKnown(endings(before.group(1)), ownRegionCountries) : PlaceCues.Cue.NONE;
        if (listedBefore == PlaceCues.Cue.STATE && before.group(2).strip().equals(",")) {
            listedBefore = PlaceCues.Cue.NONE;
        }
        Matcher after = AFTER.matcher(text).region(at + name.length(), text.length());
        PlaceCues.Cue listedAfter =
                after.lookingAt() ? firstKnown(openings(after.group(1)), ownRegionCountries) : PlaceCues.Cue.NONE;
        if (listedBefore == PlaceCues.Cue.NONE) {
            return listedAfter;
        }
        return listedAfter == PlaceCues.Cue.NONE || listedAfter == listedBefore ? listedBefore : PlaceCues.Cue.NONE;
    }

    /** The names that may end the words, longest first ("notably Ukraine", "Ukraine"). */
    private static List<String> endings(String words) {
        List<String> all = Arrays.asList(SPACE.split(words));
        return IntStream.range(0, all.size())
                .mapToObj(from -> String.join(" ", all.subList(from, all.size())))
                .toList();
    }

    /** The names that may open the words, longest first ("Italy Georgia", "Italy"). */
    private static List<String> openings(String words) {
        List<String> all = Arrays.asList(SPACE.split(words));
        return IntStream.iterate(all.size(), to -> to > 0, to -> to - 1)
                .mapToObj(to -> String.join(" ", all.subList(0, to)))
                .toList();
    }

    /** The kind of the first of {@code names} the gazetteer knows as one kind alone. */
    private PlaceCues.Cue firstKnown(List<String> names, Set<String> ownRegionCountries) {
        return names.stream()
                .map(neighbour -> kind(neighbour, ownRegionCountries))
                .filter(cue -> cue != PlaceCues.Cue.NONE)
                .findFirst()
                .orElse(PlaceCues.Cue.NONE);
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
