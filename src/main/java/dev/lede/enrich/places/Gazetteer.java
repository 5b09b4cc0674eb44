package dev.lede.enrich.places;

import dev.lede.enrich.places.Place.PlaceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Countries, first-level regions and cities by every name the resource gives them, and the demonyms that are not
 * places. Immutable once read, so one instance may be shared by threads; read it once per extractor.
 */
public final class Gazetteer {

    /** Where {@link GazetteerBuilder}'s output lives on the classpath. */
    public static final String RESOURCE = "/dev/lede/enrich/gazetteer.tsv.gz";

    private static final String FORMER_COUNTRIES = "/dev/lede/enrich/historical-countries.tsv";

    /**
     * A word that begins the names of this many places makes names: "San" (852), "New" (172), "Port" (155), but not
     * "The" (78) or "In" (5).
     */
    static final int NAME_MAKING_WORD_PLACES = 100;

    /** A place under one of its names; a match on the canonical name counts for more than one on an alternate. */
    public record Candidate(Place place, boolean canonicalName) {}

    // Sized for the resource Lede ships (115,000 keys, 22,000 places with other names), which is read at every start.
    private final Map<String, List<Candidate>> byKey = HashMap.newHashMap(150_000);
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> regions = new HashMap<>();
    /** By the key of a demonym: the codes of the countries whose people it names. */
    private final Map<String, List<String>> demonyms = new HashMap<>();
    /** Every word of every demonym as written ("South", "African"): most words of a text are none. */
    private final Set<String> demonymWords = new HashSet<>();

    /** By the first word of names of several words ("san", "new", "port"): how many places have such a name. */
    private final Map<String, Integer> firstWords = new HashMap<>();

    private final Set<String> worldRegions = new HashSet<>();
    /** By the key of a canonical name: the other names of the places so called, one spelling per key and place. */
    private final Map<String, List<String>> otherNames = HashMap.newHashMap(30_000);

    private final PlaceLabels labels = PlaceLabels.load();
    /**
     * By its letters ("LA"), the great city two capitals name, which only a name written in capitals answers to: "La."
     * is Louisiana, "LA" Los Angeles. Initials several cities share are no city's.
     */
    private final Map<String, Place> cityOfInitials = new HashMap<>();

    private final Set<String> sharedInitials = new HashSet<>();

    /** The places whose value shows another name than GeoNames' ({@link PlaceLabels}), with it. */
    private final Map<Place, String> labelOfPlace = new HashMap<>();
    /** By the key of such a name, the key of GeoNames' name, under which the place's other names are. */
    private final Map<String, String> nameKeyOfLabel = new HashMap<>();

    private Gazetteer() {}

    /** The gazetteer shipped with Lede. */
    public static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing; run `lede gazetteer`");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Reads a gzipped resource in {@link GazetteerBuilder}'s format. */
    public static Gazetteer read(InputStream gzipped) throws IOException {
        Gazetteer gazetteer = new Gazetteer();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                gazetteer.add(line.split("\t", -1));
            }
        }
        gazetteer.addFormerCountryNames();
        gazetteer.keepWorldRegionsForCountries();
        gazetteer.keepCapitalsNamesForThem();
        gazetteer.keepInitialsThatNameNoArea();
        gazetteer.byKey.replaceAll((key, candidates) -> List.copyOf(candidates));
        gazetteer.otherNames.replaceAll((key, names) -> List.copyOf(names));
        return gazetteer;
    }

    /** "Soviet Union" or "West Germany" as alternate names of the country that continues them. */
    private void addFormerCountryNames() throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(FORMER_COUNTRIES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FORMER_COUNTRIES);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                Place country = f.length == 2 ? countries.get(f[1].strip()) : null;
                if (!line.startsWith("#") && country != null && !namesACountry(PlaceKeys.of(f[0]))) {
                    put(PlaceKeys.of(f[0]), new Candidate(country, false));
                    addOtherName(PlaceKeys.of(country.name()), f[0].strip());
                }
            }
        }
    }

    /**
     * A part of the world ("Africa", "Asia") is no town that shares its name or once bore it (Mahdia was "Africa");
     * only a country may answer to it ("Micronesia").
     */
    private void keepWorldRegionsForCountries() {
        for (String key : worldRegions) {
            byKey.computeIfPresent(key, (k, candidates) -> {
                candidates.removeIf(c -> c.place().kind() != PlaceKind.COUNTRY);
                return candidates.isEmpty() ? null : candidates;
            });
        }
        otherNames.values().forEach(names -> names.removeIf(name -> worldRegions.contains(PlaceKeys.of(name))));
    }

    /**
     * A capital's own name is the capital, though an alias of its country may be the same word ("Tunis", which
     * Wikidata lists for Tunisia): a story datelined there is about the city. A capital named like its country, a
     * city state's, stays the country's too ("Macau", Macao).
     */
    private void keepCapitalsNamesForThem() {
        byKey.values().forEach(candidates -> {
            List<String> capitalsCountries = null; // most names are no capital's: nothing to allocate for them
            for (Candidate c : candidates) {
                Place place = c.place();
                if (c.canonicalName()
                        && place.kind() == PlaceKind.CITY
                        && place.isCapital()
                        && !isNamedLikeItsCountry(place)) {
                    capitalsCountries = capitalsCountries == null ? new ArrayList<>(1) : capitalsCountries;
                    capitalsCountries.add(place.countryCode());
                }
            }
            if (capitalsCountries != null) {
                List<String> countriesWithCapital = capitalsCountries;
                candidates.removeIf(c -> c.place().kind() == PlaceKind.COUNTRY
                        && !c.canonicalName()
                        && countriesWithCapital.contains(c.place().countryCode()));
            }
        });
    }

    private boolean isNamedLikeItsCountry(Place city) {
        Place country = countries.get(city.countryCode());
        return country != null && Spellings.areVariants(city.name(), country.name());
    }

    private void add(String[] f) {
        switch (f[0]) {
            case "C" -> {
                Place country = new Place(f[2], PlaceKind.COUNTRY, f[1], null, Long.parseLong(f[3]), null);
                countries.put(f[1], country);
                index(country, f[2], f[4]);
            }
            case "D" -> split(f[2]).forEach(demonym -> addDemonym(demonym, f[1]));
            case "R" -> {
                long population = f.length > 4 && !f[4].isEmpty() ? Long.parseLong(f[4]) : 0;
                Place region = new Place(f[2], PlaceKind.REGION, f[1].substring(0, 2), f[1], population, null);
                regions.put(f[1], region);
                index(region, f[2], f[3]);
            }
            case "S" -> {
                // a second-level region stands in its first-level region, like a town
                String parent = f[1].substring(0, f[1].lastIndexOf('.'));
                Place region =
                        new Place(f[2], PlaceKind.REGION, f[1].substring(0, 2), parent, 0, Place.SECOND_LEVEL_REGION);
                index(region, f[2], f[3]);
            }
            case "P" -> {
                String regionCode = f[3].isEmpty() ? null : f[2] + "." + f[3];
                int nameCount = f.length > 7 ? Integer.parseInt(f[7]) : 0;
                Place city = new Place(f[1], PlaceKind.CITY, f[2], regionCode, Long.parseLong(f[4]), f[5], nameCount);
                index(city, f[1], f[6]);
                split(f.length > 8 ? f[8] : "").forEach(initials -> addInitials(initials, city));
            }
            case "W" -> {
                worldRegions.add(PlaceKeys.of(f[1]));
                split(f[2]).forEach(form -> worldRegions.add(PlaceKeys.of(form)));
            }
            default -> {
                // a later format's record kind: skip it rather than fail
            }
        }
    }

    private void addInitials(String initials, Place city) {
        String letters = lettersOf(initials);
        if (letters.isEmpty()) {
            return;
        }
        Place known = cityOfInitials.putIfAbsent(letters, city);
        if (known != null && !known.equals(city)) {
            sharedInitials.add(letters);
        }
    }

    /**
     * Initials that also name a country or the region the city lies in ("NY" is New York State, "D.C." the District
     * of Columbia) stay the area's; so do those several cities share.
     */
    private void keepInitialsThatNameNoArea() {
        cityOfInitials.keySet().removeAll(sharedInitials);
        cityOfInitials
                .entrySet()
                .removeIf(entry -> byKey.getOrDefault(PlaceKeys.of(entry.getKey()), List.of()).stream()
                        .map(Candidate::place)
                        .anyMatch(place -> place.kind() == PlaceKind.COUNTRY
                                || (place.kind() == PlaceKind.REGION
                                        && place.regionCode()
                                                .equals(entry.getValue().regionCode()))));
    }

    /** "L.A." → "LA"; empty unless the name is two capital letters, each maybe followed by a dot. */
    private static String lettersOf(String name) {
        if (name.length() > 6) {
            return ""; // longer than two letters, their dots and a space each side: most names looked up
        }
        String letters = name.strip().replace(".", "");
        return letters.length() == 2 && letters.chars().allMatch(Character::isUpperCase) ? letters : "";
    }

    private void addDemonym(String demonym, String countryCode) {
        demonyms.computeIfAbsent(PlaceKeys.of(demonym), k -> new ArrayList<>(1)).add(countryCode);
        demonymWords.addAll(List.of(demonym.split(" ")));
    }

    private boolean namesACountry(String key) {
        return byKey.getOrDefault(key, List.of()).stream()
                .anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
    }

    private void index(Place place, String name, String alternates) {
        String nameKey = PlaceKeys.of(name);
        put(nameKey, new Candidate(place, true));
        Set<String> keys = new HashSet<>(Set.of(nameKey));
        String label = labels.of(place, nameKey);
        if (!label.equals(name)) {
            labelOfPlace.put(place, label);
        }
        String labelKey = label.equals(name) ? nameKey : PlaceKeys.of(label);
        if (keys.add(labelKey)) {
            // the name English news writes is as much the place's own as GeoNames' ("Dunkirk", "Bruges"); the value
            // shows it, and its other names are asked for by it
            put(labelKey, new Candidate(place, true));
            nameKeyOfLabel.putIfAbsent(labelKey, nameKey);
            addOtherName(nameKey, name);
        }
        for (String alternate : split(alternates)) {
            String key = PlaceKeys.of(alternate);
            if (isDistrictName(alternate)) {
                continue;
            }
            if (keys.add(key)) {
                put(key, new Candidate(place, false));
                addOtherName(nameKey, alternate);
            }
        }
        for (String key : keys) {
            int space = key.indexOf(' ');
            if (space > 0) {
                firstWords.merge(key.substring(0, space), 1, Integer::sum);
            }
        }
    }

    /**
     * An alternate name that only describes a part of a town ("Old Town" of Las Vegas, "Downtown" of Śródmieście,
     * "Westside") or the feature it grew by ("Creek" of Baytown): many places have one, so it names none of them.
     * Direction-only names ("Western" for Western Province) are kept: {@link PlaceResolver} already lets them stand
     * only in their country's story.
     */
    private static boolean isDistrictName(String alternate) {
        return PlaceNames.isFeatureDescription(alternate) && !PlaceNames.isDirectionOnly(alternate);
    }

    private void addOtherName(String nameKey, String otherName) {
        otherNames.computeIfAbsent(nameKey, k -> new ArrayList<>()).add(otherName);
    }

    private void put(String key, Candidate candidate) {
        List<Candidate> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Candidate known : candidates) {
            if (known.place().equals(candidate.place())) {
                return;
            }
        }
        candidates.add(candidate);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split("\\|"));
    }

    /** The name a place value shows, as English news writes it ({@link PlaceLabels}). */
    public String label(Place place) {
        return labelOfPlace.getOrDefault(place, place.name());
    }

    /**
     * Every place with this name (in any spelling the resource knows), or none. A name written in two capitals that
     * a great city goes by is that city alone ("LA", "L.A."), though "La." is Louisiana.
     */
    public List<Candidate> candidates(String name) {
        Place city = cityOfInitials.get(lettersOf(name));
        if (city != null) {
            return List.of(new Candidate(city, false));
        }
        return byKey.getOrDefault(PlaceKeys.of(name), List.of());
    }

    /**
     * Every other name the resource gives the places called {@code name} ("Bombay" for "Mumbai", "Soviet Union" for
     * "Russia"), whichever place a name alone would resolve to.
     */
    public List<String> otherNames(String name) {
        String key = PlaceKeys.of(name);
        String nameKey = nameKeyOfLabel.get(key);
        if (nameKey == null) {
            return otherNames.getOrDefault(key, List.of());
        }
        List<String> both = new ArrayList<>(otherNames.getOrDefault(key, List.of()));
        both.addAll(otherNames.getOrDefault(nameKey, List.of()));
        return List.copyOf(both);
    }

    /**
     * Whether the word begins the names of many places ("San", "New", "Port", "Santa"): a word that makes names rather
     * than one that starts sentences ("When", "In", "After").
     */
    boolean beginsManyNames(String word) {
        return firstWords.getOrDefault(PlaceKeys.of(word), 0) >= NAME_MAKING_WORD_PLACES;
    }

    /** Whether the word names a people rather than a place ("Ukrainian", "Americans"). */
    public boolean isDemonym(String word) {
        return demonyms.containsKey(PlaceKeys.of(word));
    }

    /** Whether the word, as written, may end a demonym ("Greek", "African"): a cheap test before the others. */
    boolean mayEndDemonym(String word) {
        return demonymWords.contains(word);
    }

    /**
     * The code of the country whose people the word names ("Greek": GR), the most populous of those it may name
     * ("Dominican": the Dominican Republic); empty for a word that is no demonym.
     */
    Optional<String> countryOfDemonym(String word) {
        return demonyms.getOrDefault(PlaceKeys.of(word), List.of()).stream()
                .max(Comparator.comparingLong(
                        code -> country(code).map(Place::population).orElse(0L)));
    }

    /**
     * The country a word names, by one of the country's names ("Japan", "U.S.") or its people's ("Japanese", "West
     * German"); empty for a word that names no country or several.
     */
    public Optional<Place> countryNamedBy(String word) {
        Optional<Place> ofPeople = countryOfDemonym(word).flatMap(this::country);
        if (ofPeople.isPresent()) {
            return ofPeople;
        }
        List<Place> named = candidates(word).stream()
                .map(Candidate::place)
                .filter(place -> place.kind() == PlaceKind.COUNTRY)
                .distinct()
                .toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** Whether the name is a continent or another part of the world that is no country ("Africa", "East Asia"). */
    boolean isWorldRegion(String name) {
        return worldRegions.contains(PlaceKeys.of(name));
    }

    public Optional<Place> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Optional<Place> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }
}
