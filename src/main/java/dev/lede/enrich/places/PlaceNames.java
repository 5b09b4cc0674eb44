package dev.lede.enrich.places;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Place names as an article writes them. A name the article only ever writes after "the" ("the White House", "the
 * Gulf", "the Hill") is a common-noun phrase more often than the gazetteer place that shares its words; extraction
 * marks it with a lower-case "the " in front.
 */
public final class PlaceNames {

    private static final String DEFINITE = "the ";
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final String STATE_MARK = "<state> ";
    private static final String COUNTRY_MARK = "<country> ";

    /** Words that stay lower case inside a place name ("Isle of Man", "Rio de Janeiro"). */
    private static final Set<String> LOWER_CASE_WORDS = Set.of(
            "of", "the", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "di", "el", "al", "y",
            "and", "on", "upon", "en", "sur", "am", "im", "an", "der", "den", "von", "van", "zu", "bin");

    private static final Set<String> ADMINISTRATIVE_WORDS = Set.of(
            "province",
            "region",
            "district",
            "governorate",
            "prefecture",
            "state",
            "county",
            "department",
            "oblast",
            "territory",
            "division",
            "municipality");

    /**
     * Words that say where within an area, not which area: alone they name a place only in its country's story.
     * "Middle" is left out: "Middle East" is a place.
     */
    private static final Set<String> DIRECTION_WORDS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "centre",
            "center",
            "upper",
            "lower",
            "inner",
            "outer",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "coast",
            "coastal",
            "interior",
            "capital",
            "oriental",
            "occidental");

    /**
     * Words that describe a part of a town or a kind of place, not which one: a name made only of these and direction
     * words ("Old Town", "Downtown", "City Centre", "North Side", "the Harbour") is what many places call a district
     * of theirs.
     */
    private static final Set<String> DISTRICT_WORDS = Set.of(
            "old",
            "new",
            "town",
            "city",
            "downtown",
            "uptown",
            "midtown",
            "chinatown",
            "centrum",
            "centro",
            "cbd",
            "business",
            "financial",
            "harbour",
            "harbor",
            "port",
            "docks",
            "dock",
            "wharf",
            "marina",
            "waterfront",
            "riverside",
            "lakeside",
            "seaside",
            "westside",
            "eastside",
            "northside",
            "southside",
            "side",
            "end",
            "quarter",
            "village",
            "market",
            "square",
            "heights",
            "park",
            "hill",
            "hills",
            "beach",
            "bay",
            "station",
            "bridge",
            "suburb",
            "suburbs",
            "little",
            "big");

    /**
     * Words for a kind of state or of a part of one: alone, a name of one of these is the story's word for a place it
     * names otherwise ("the Kingdom" of a Saudi story, "the Republic" of Ireland's side, "the Principality") or is
     * cut from a longer name ("the States of Malaya Chamber of Mines").
     */
    private static final Set<String> KIND_WORDS = Set.of(
            "kingdom",
            "republic",
            "union",
            "federation",
            "confederation",
            "commonwealth",
            "principality",
            "emirate",
            "sultanate",
            "empire",
            "realm",
            "dominion",
            "nation",
            "country",
            "state",
            "states",
            "province",
            "county",
            "territory",
            "city",
            "town",
            "island",
            "islands");

    /** Words for the water, valley or crossing a town grew by, which many towns have. */
    private static final Set<String> FEATURE_WORDS = Set.of(
            "creek",
            "cove",
            "grove",
            "springs",
            "junction",
            "falls",
            "valley",
            "lake",
            "river",
            "landing",
            "mills",
            "crossing",
            "corners");

    /** Words that end the name of a natural feature ("Beaufort Sea", "Mississippi River", "Taurus Mountains"). */
    private static final Set<String> NATURAL_FEATURES = Set.of(
            "sea",
            "ocean",
            "river",
            "lake",
            "gulf",
            "bay",
            "strait",
            "straits",
            "channel",
            "canal",
            "mountains",
            "hills",
            "valley",
            "island",
            "islands",
            "isles",
            "peninsula",
            "coast",
            "delta",
            "basin",
            "desert",
            "sound",
            "reef",
            "field");

    /** Words that join the others in a descriptive name ("Centre of Town"). */
    private static final Set<String> GLUE_WORDS = Set.of("of", "the", "and");

    private PlaceNames() {}

    /**
     * Whether the name's last word says what kind of land, water or division it names ("Yates Field", "Bass Strait",
     * "Wallon Region"), so that it names a place whatever else the story calls it.
     */
    public static boolean endsInAKindOfPlace(String name) {
        String[] words = SPACE.split(name.strip().toLowerCase(Locale.ROOT));
        String last = words[words.length - 1];
        return NATURAL_FEATURES.contains(last) || KIND_WORDS.contains(last) || last.equals("region");
    }

    /** Whether the name is only direction words ("Central", "Western", "North East"), whatever else it may name. */
    public static boolean isDirectionOnly(String name) {
        String key = PlaceKeys.of(name);
        return !key.isEmpty() && DIRECTION_WORDS.containsAll(List.of(SPACE.split(key)));
    }

    /**
     * The name after the direction words that begin it ("West Texas" → "Texas", "Southern California" → "California");
     * empty for a name that begins with none or is nothing else.
     */
    static Optional<String> withoutDirection(String name) {
        String[] words = SPACE.split(name.strip());
        int first = 0;
        while (first < words.length && DIRECTION_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return first == 0 || first == words.length
                ? Optional.empty()
                : Optional.of(String.join(" ", Arrays.copyOfRange(words, first, words.length)));
    }

    /**
     * Whether the name is one word for a kind of state or division ("Kingdom", "Republic", "States", "County"), which a
     * story writes for a place it names otherwise. A town of that name is found first ("UNION, N.J.").
     */
    static boolean isKindOnly(String name) {
        return KIND_WORDS.contains(PlaceKeys.of(name));
    }

    /**
     * Whether the name only describes a part of a place ("Old Town", "Downtown", "City Centre", "North Side", "Central")
     * rather than naming one: made only of district, direction and joining words. Many places have such a part, so
     * alone the name names a place only in its country's story.
     */
    static boolean isDescriptive(String name) {
        return isOnlyDescribedBy(name, word -> DISTRICT_WORDS.contains(word) || DIRECTION_WORDS.contains(word));
    }

    /**
     * Whether a town's other name only describes the water, valley or crossing it grew by, or a part of it ("Creek"
     * for Baytown, "The Falls" for Trenton, "East River" for Wallingford): many places have one, so it names none.
     */
    static boolean isFeatureDescription(String name) {
        return isOnlyDescribedBy(
                name,
                word -> FEATURE_WORDS.contains(word)
                        || DISTRICT_WORDS.contains(word)
                        || DIRECTION_WORDS.contains(word));
    }

    /** Whether the name's words are all descriptive or joining ones, and one at least descriptive. */
    private static boolean isOnlyDescribedBy(String name, Predicate<String> isDescriptiveWord) {
        String key = PlaceKeys.of(name);
        if (key.isEmpty()) {
            return false;
        }
        boolean describes = false;
        for (String word : SPACE.split(key)) {
            boolean descriptive = isDescriptiveWord.test(word);
            if (!descriptive && !GLUE_WORDS.contains(word)) {
                return false;
            }
            describes |= descriptive;
        }
        return describes;
    }

    /**
     * {@code name} marked as written only after "the", when it is, and with what its context says of a state or a
     * country ({@link PlaceCues}).
     */
    public static String marked(String name, String text) {
        return marked(name, text, null);
    }

    /** The same, the names each mention is listed with read through the gazetteer ({@link CoordinatedNames}). */
    public static String marked(String name, String text, Gazetteer gazetteer) {
        String cue = switch (PlaceCues.of(name, text, gazetteer == null ? null : new CoordinatedNames(gazetteer))) {
            case STATE -> STATE_MARK;
            case COUNTRY -> COUNTRY_MARK;
            case NONE -> "";
        };
        return cue + definiteMarked(name, text, gazetteer);
    }

    private static String definiteMarked(String name, String text, Gazetteer gazetteer) {
        if (name.regionMatches(true, 0, DEFINITE, 0, DEFINITE.length())) {
            return name;
        }
        boolean seen = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            seen = true;
            int end = at + name.length();
            if (!afterThe(text, at)
                    || isModifierOfTheNameAfter(text, end)
                    || (isBeforeALowerCaseWord(text, end) && isGreatPlacesOwnName(name, gazetteer))) {
                return name;
            }
        }
        return seen ? DEFINITE + name : name;
    }

    /** Words after which a place's name goes on ("Central District of California", "Rio de Janeiro"). */
    private static final Set<String> NAME_GOES_ON_WORDS =
            Set.of("of", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "upon");

    /** "the England captain": a lower-case word after the name, not one that goes on with it ("of", "de"). */
    private static boolean isBeforeALowerCaseWord(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return !NAME_GOES_ON_WORDS.contains(text.substring(end + 1, wordEnd));
    }

    /** A first-level region this populous is known by its name beyond its country ("England", "Texas", "Ontario"). */
    private static final long GREAT_REGION_POPULATION = 1_000_000;

    /**
     * Whether the name is the own name of a great city, a city the world knows or a great region: "the Paris accord",
     * "the Geneva motor show", "the England captain", "the Texas legislature" speak of the place, as "the Hill" or "the
     * Gulf" before a word need not.
     */
    private static boolean isGreatPlacesOwnName(String name, Gazetteer gazetteer) {
        return gazetteer != null
                && gazetteer.candidates(name).stream().anyMatch(c -> c.canonicalName() && isGreatPlace(c.place()));
    }

    private static boolean isGreatPlace(Place place) {
        return switch (place.kind()) {
            case CITY ->
                PlaceResolver.isKnownAbroad(place) || place.population() >= PlaceResolver.GREAT_CITY_POPULATION;
            case REGION ->
                !place.isSecondLevelRegion()
                        && place.population() >= GREAT_REGION_POPULATION
                        && !isDescriptive(place.name())
                        && Arrays.stream(SPACE.split(PlaceKeys.of(place.name())))
                                .noneMatch(ADMINISTRATIVE_WORDS::contains);
            case COUNTRY -> false;
        };
    }

    /**
     * Whether the name ending here qualifies what follows it, which "the" before it belongs to: "the Sydney Olympics",
     * "the London Stock Exchange", "the Paris-based group". Not the first word of a sea's or a river's name ("the
     * Beaufort Sea"), which is the feature's when written alone after "the".
     */
    private static boolean isModifierOfTheNameAfter(String text, int end) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        char after = text.charAt(end + 1);
        if (next == '-') {
            return Character.isLowerCase(after);
        }
        return next == ' ' && Character.isUpperCase(after) && !NATURAL_FEATURES.contains(wordAt(text, end + 1));
    }

    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a place may be what a name marked by its context stands for: not a country when the context speaks of
     * a state, not a state, region or city when it speaks of a country; either only when the name has a candidate of
     * that kind at all.
     */
    static boolean fitsCue(String name, Place place, List<Gazetteer.Candidate> all) {
        boolean country = place.kind() == Place.PlaceKind.COUNTRY;
        if (name.startsWith(STATE_MARK)) {
            return !country || all.stream().allMatch(c -> c.place().kind() == Place.PlaceKind.COUNTRY);
        }
        if (name.startsWith(COUNTRY_MARK)) {
            return country || all.stream().noneMatch(c -> c.place().kind() == Place.PlaceKind.COUNTRY);
        }
        return true;
    }

    /** The name without the context's mark. */
    static String withoutCue(String name) {
        if (name.startsWith(STATE_MARK)) {
            return name.substring(STATE_MARK.length());
        }
        return name.startsWith(COUNTRY_MARK) ? name.substring(COUNTRY_MARK.length()) : name;
    }

    private static boolean afterThe(String text, int at) {
        int start = at - DEFINITE.length();
        return start >= 0
                && text.regionMatches(true, start, DEFINITE, 0, DEFINITE.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    static boolean isDefinite(String name) {
        return withoutCue(name).startsWith(DEFINITE);
    }

    /**
     * Whether a name written with "the" may stand for this place: a country ("the Netherlands"), a place whose own
     * name has the article ("The Hague"), or one in a country the article is about.
     */
    static boolean mayBeWrittenWithThe(Place place, Set<String> countriesInContext) {
        return place.kind() == Place.PlaceKind.COUNTRY
                || place.name().regionMatches(true, 0, DEFINITE, 0, DEFINITE.length())
                || countriesInContext.contains(place.countryCode());
    }

    /**
     * Whether the name is a region's own name without its administrative word ("Gulf" for Gulf Province): such a short
     * name is usually an ordinary word, so it stands for the region only in an article about the region's country.
     */
    static boolean isRegionWithoutItsKind(String name, Place place) {
        if (place.kind() != Place.PlaceKind.REGION) {
            return false;
        }
        String full = PlaceKeys.of(place.name());
        String shortName = PlaceKeys.of(name);
        return full.startsWith(shortName + " ")
                && ADMINISTRATIVE_WORDS.contains(full.substring(shortName.length() + 1));
    }

    /**
     * A name the gazetteer does not know, as a place value: without the "the" mark, its words capitalised ("Kharg
     * island" → "Kharg Island") so that one place written two ways is one value.
     */
    static String unresolved(String name) {
        String uncued = withoutCue(name);
        String plain = isDefinite(uncued) ? uncued.substring(DEFINITE.length()) : uncued;
        StringBuilder out = new StringBuilder();
        for (String word : SPACE.split(plain)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean keepLower = !out.isEmpty() && LOWER_CASE_WORDS.contains(word.toLowerCase(Locale.ROOT));
            out.append(keepLower || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
