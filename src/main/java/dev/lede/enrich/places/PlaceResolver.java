package dev.lede.enrich.places;

import dev.lede.enrich.places.Gazetteer.Candidate;
import dev.lede.enrich.places.Place.PlaceKind;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns one article's place mentions into canonical places and their countries. "Kiev" and "Kyiv" become "Kyiv",
 * "U.S." and "America" become "United States", demonyms ("Ukrainian") are dropped, and a name several places share
 * goes to the one the article's other places point to, else to the biggest: "Paris" is the French capital unless the
 * article is about Texas. A pure function of its arguments; safe to share between threads.
 */
public final class PlaceResolver {

    /** A city this big is what a bare name means, rather than the region around it ("Kursk", "Kiev"). */
    static final long CITY_OVER_REGION_POPULATION = 100_000;

    /**
     * A region scores like a city of this many people, below the big cities of its name, unless the towns listed in
     * it hold fewer: then like a town of their number, and at least like the smallest town the gazetteer lists.
     */
    private static final double REGION_SCORE = Math.log10(200_000);

    private static final double SMALLEST_LISTED_TOWN_SCORE = Math.log10(15_000);

    private static final double COUNTRY_SCORE = 10;
    private static final double COUNTRY_OUT_OF_CONTEXT_SCORE = 6;
    private static final double ALTERNATE_NAME_PENALTY = 1;
    private static final double SPELLING_KNOWN_ABROAD_PENALTY = 0.5;
    /**
     * A great city's name in another language or era ("Peking", "Victoria" for Hong Kong) yields to a place that bears
     * it, unless the article is about the city's country.
     */
    private static final double FORMER_NAME_PENALTY = 2;

    /**
     * A city GeoNames gives this many names (every language and script) is written about in many languages: about
     * the thousand most widely named cities, Geneva and Odesa among them, not Geneva, Illinois (11 names).
     */
    static final int KNOWN_ABROAD_NAME_COUNT = 40;

    /** A city this big is known abroad by its other names ("Bombay", "Cologne"); a smaller one by its own spellings. */
    static final long GREAT_CITY_POPULATION = 500_000;

    /** A country this small has parishes and councils for regions, named after villages, saints and words. */
    static final long SMALL_COUNTRY_POPULATION = 1_000_000;

    private static final double CAPITAL_BONUS = 0.5;
    private static final double SAME_REGION_BONUS = 3;
    private static final double SAME_COUNTRY_BONUS = 1.3;

    private final Gazetteer gazetteer;
    private final Context home;

    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    /**
     * @param homeCountry the ISO code of the country an archive's stories are about unless they say otherwise: a
     *     story without a dateline, or filed there, reads its places as one that names that country does
     *     ("Westminster" is London's, not Colorado's; "Birmingham" beside a "Villa Park" the gazetteer knows only in
     *     Illinois is still England's), or {@code null}
     */
    public PlaceResolver(Gazetteer gazetteer, String homeCountry) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.home = homeCountry == null ? Context.EMPTY : new Context(Set.of(homeCountry), Set.of());
    }

    /** Resolves names given without their story (an article's own tags, a typed name). */
    public ArticlePlaces resolve(List<String> mentions, Dateline dateline) {
        return resolve(mentions, dateline, "");
    }

    /**
     * @param mentions place mentions as cleaned by extraction, in text order
     * @param dateline where the story was filed from, or {@code null}
     * @param text the story, whose demonyms tell which countries it is about ("Greek sprinters": Athens is in Greece)
     */
    public ArticlePlaces resolve(List<String> mentions, Dateline dateline, String text) {
        List<String> names = mentions.stream()
                .filter(this::isPlaceName)
                .map(name -> SwappedLetters.spelling(name, text, gazetteer).orElse(name))
                .toList();
        Map<String, Context> sure = new LinkedHashMap<>();
        for (String name : names) {
            sure.put(PlaceKeys.of(name), sureContext(name));
        }
        Context qualifier = dateline == null || dateline.qualifier() == null
                ? Context.EMPTY
                : qualifierContext(dateline.qualifier());
        Set<String> demonymCountries = DemonymCues.countries(text, gazetteer);
        Context story = qualifier.plus(demonymContext(demonymCountries));

        Map<String, String> places = new LinkedHashMap<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        Set<String> namedCountries = new LinkedHashSet<>();
        String datelineName = null;
        String datelineCountry = null;
        String placeElsewhereThanItsQualifier = null;
        boolean filedAtHome = true;
        if (dateline != null) {
            Context context = story.plus(contextWithout(sure, PlaceKeys.of(dateline.place())));
            Optional<Place> best = best(dateline.place(), context, c -> isTownsOwnName(dateline.place(), c));
            Optional<Place> place = best.filter(p -> isWhereTheQualifierSays(p, qualifier));
            if (best.isPresent() && place.isEmpty()) {
                placeElsewhereThanItsQualifier = PlaceKeys.of(dateline.place());
            }
            datelineName = place.map(gazetteer::label).orElse(titleCase(dateline.place()));
            places.putIfAbsent(PlaceKeys.of(datelineName), datelineName);
            datelineCountry =
                    place.or(() -> onlyPlace(qualifier)).map(this::countryName).orElse(null);
            if (datelineCountry != null) {
                countries.add(datelineCountry);
                namedCountries.add(datelineCountry);
            }
            filedAtHome = place.or(() -> onlyPlace(qualifier))
                    .filter(p -> home.countries().contains(p.countryCode()))
                    .isPresent();
            place.or(() -> onlyRegion(qualifier)).flatMap(this::regionName).ifPresent(regions::add);
        }
        for (String name : names) {
            if (PlaceKeys.of(name).equals(placeElsewhereThanItsQualifier)) {
                continue; // the dateline's own place, which its qualifier put out of the gazetteer's reach
            }
            Context context = (filedAtHome ? story.plus(home) : story).plus(contextWithout(sure, PlaceKeys.of(name)));
            Optional<Place> place = best(name, context).filter(p -> liesInTheAreaWrittenAfter(name, p, text));
            if (place.isEmpty() && (PlaceNames.isDirectionOnly(name) || PlaceNames.isKindOnly(name))) {
                continue;
            }
            String canonical = place.map(gazetteer::label).orElse(PlaceNames.unresolved(name));
            places.putIfAbsent(PlaceKeys.of(canonical), canonical);
            if (place.isEmpty()) {
                place = areaAfterDirection(name, context); // in its area's countries and regions, as written
            }
            place.ifPresent(p -> countries.add(countryName(p)));
            place.filter(p -> p.kind() == Place.PlaceKind.COUNTRY).ifPresent(p -> namedCountries.add(countryName(p)));
            place.flatMap(this::regionName).ifPresent(regions::add);
        }
        demonymCountries.stream()
                .flatMap(code -> gazetteer.country(code).stream())
                .map(this::countryName)
                .filter(countries::contains)
                .forEach(namedCountries::add);
        return new ArticlePlaces(
                List.copyOf(places.values()),
                List.copyOf(countries),
                datelineName,
                List.copyOf(regions),
                datelineCountry,
                List.copyOf(namedCountries));
    }

    /**
     * Whether a dateline's place lies in a country its qualifier may name, and in its region when it names one:
     * "SCARBOROUGH, Ontario" is not the English town when the gazetteer knows no Scarborough in Canada, nor
     * "SOUTHPORT, Conn." the Wisconsin city GeoNames also calls Southport. Any place does when the qualifier names no
     * known place.
     */
    private static boolean isWhereTheQualifierSays(Place place, Context qualifier) {
        return (qualifier.countries().isEmpty() || qualifier.countries().contains(place.countryCode()))
                && (qualifier.regions().isEmpty()
                        || place.kind() == PlaceKind.COUNTRY
                        || qualifier.regions().contains(place.regionCode()));
    }

    /**
     * Whether a dateline may name this place so: a town files under its own name or a spelling of it. GeoNames also
     * lists a small town's former names, villages merged into it and places nearby ("Great Neck" for Copiague,
     * "Totowa" for Paterson), which are other towns when a dateline names them; a great city's or one known abroad
     * ("Bombay", "Leningrad") are its own.
     */
    private static boolean isTownsOwnName(String name, Candidate candidate) {
        Place place = candidate.place();
        return place.kind() != PlaceKind.CITY
                || candidate.canonicalName()
                || isSpelling(name, candidate)
                || isKnownAbroad(place)
                || place.population() >= GREAT_CITY_POPULATION;
    }

    /**
     * The regions or countries the story writes after the name, as in an address: "Covington, La.", "Paris, Texas".
     * None when it writes none there, or a town ("New York, London and Tokyo").
     */
    private List<Candidate> areaWrittenAfter(String name, String text) {
        for (String qualifier : TownQualifiers.after(name, text)) {
            List<Candidate> areas =
                    withoutRegionsNamedLikeTheirCity(qualifier, gazetteer.candidates(qualifier)).stream()
                            .filter(c -> c.place().kind() != PlaceKind.CITY)
                            .toList();
            if (!areas.isEmpty()) {
                return areas;
            }
        }
        return List.of();
    }

    /**
     * Whether a town lies in one of the areas its story writes after it: "Covington, La." is no Covington the
     * gazetteer lists (they are in Kentucky and Georgia), so it stays unresolved rather than become the wrong one. A
     * region or a country is never qualified so: "Texas, Louisiana" is a list.
     */
    private boolean liesInTheAreaWrittenAfter(String name, Place place, String text) {
        if (place.kind() != PlaceKind.CITY) {
            return true;
        }
        List<Candidate> areas = areaWrittenAfter(name, text);
        return areas.isEmpty()
                || areas.stream()
                        .map(Candidate::place)
                        .anyMatch(area -> area.kind() == PlaceKind.COUNTRY
                                ? area.countryCode().equals(place.countryCode())
                                : area.regionCode().equals(place.regionCode()));
    }

    /**
     * The country or first-level region a name the gazetteer does not know is a part of by its direction: "West
     * Texas", "Southern California", "North Wales", "Eastern Canada". Only by the area's own name: an other name would
     * read "North Island" as Iceland or "West Va" as Virginia, and a town ("East Rutherford") is no part of another;
     * nor by a word for a kind of place (Hong Kong's "Islands" district), nor a small country the story is not
     * otherwise about, whose name is often the end of another's ("Central Jersey" of New Jersey).
     */
    private Optional<Place> areaAfterDirection(String name, Context context) {
        return PlaceNames.withoutDirection(name)
                .filter(rest -> !PlaceNames.isKindOnly(rest))
                .filter(rest -> gazetteer.candidates(rest).stream()
                        .anyMatch(c -> c.canonicalName() && isCountryOrFirstLevelRegion(c.place())))
                .flatMap(rest -> best(rest, context))
                .filter(PlaceResolver::isCountryOrFirstLevelRegion)
                .filter(area -> area.kind() != PlaceKind.COUNTRY
                        || area.population() >= SMALL_COUNTRY_POPULATION
                        || context.countries().contains(area.countryCode()));
    }

    private static boolean isCountryOrFirstLevelRegion(Place place) {
        return place.kind() == PlaceKind.COUNTRY || (place.kind() == PlaceKind.REGION && !place.isSecondLevelRegion());
    }

    /** The countries whose people the story names ("Greek sprinters"). */
    private static Context demonymContext(Set<String> demonymCountries) {
        Context context = Context.EMPTY;
        for (String country : demonymCountries) {
            context = context.plus(new Context(Set.of(country), Set.of()));
        }
        return context;
    }

    /**
     * "Bavaria, Germany" for Munich (or for Bavaria itself), "England, United Kingdom" for Kent; empty for a country,
     * an unknown region, or a region named as its country, which says no more than the country does (GeoNames puts
     * Taipei in a region "Taiwan" of Taiwan, and Guadeloupe in one "Guadeloupe").
     */
    private Optional<String> regionName(Place place) {
        if (place.kind() == Place.PlaceKind.COUNTRY || place.regionCode() == null) {
            return Optional.empty();
        }
        // a first-level region's region code is its own
        return gazetteer
                .region(place.regionCode())
                .filter(r -> !gazetteer.label(r).equals(countryName(r)))
                .map(r -> gazetteer.label(r) + ", " + countryName(r));
    }

    /** The most likely place of this name in the given context, or empty when the gazetteer does not know it. */
    Optional<Place> best(String name, Context context) {
        return best(name, context, c -> true);
    }

    private Optional<Place> best(String name, Context context, Predicate<Candidate> allowed) {
        List<Candidate> candidates = withoutOtherNamesOfAKnownBearer(
                withoutPlacesInACountryOfTheName(cued(name).stream()
                        .filter(allowed)
                        .filter(c -> !PlaceNames.isDefinite(name)
                                || PlaceNames.mayBeWrittenWithThe(c.place(), context.countries()))
                        .filter(c -> !PlaceNames.isRegionWithoutItsKind(name, c.place())
                                        && !PlaceNames.isDescriptive(name)
                                || context.countries().contains(c.place().countryCode()))
                        .filter(c -> isCredibleAlone(name, c)
                                || context.countries().contains(c.place().countryCode()))
                        .toList()),
                context);
        boolean knownAbroadCountsAsNamed = isCountryAloneTheCue(candidates, context);
        return candidates.stream()
                .max(Comparator.comparingDouble((Candidate c) -> score(name, c, candidates, context)
                                + (knownAbroadCountsAsNamed && isKnownAbroadByThisName(name, c, context)
                                        ? SAME_COUNTRY_BONUS
                                        : 0))
                        .thenComparingLong(c -> c.place().population())
                        .thenComparing(c -> c.place().name(), Comparator.reverseOrder()))
                .map(Candidate::place);
    }

    /**
     * Whether the story points to a place of the name only through its country, and to none known abroad: then a
     * city known abroad by the name is as likely as a town in that country ("Geneva" in a story that names the U.S.
     * is Genève, not Geneva, Illinois; with "Illinois" named, it is the town).
     */
    private static boolean isCountryAloneTheCue(List<Candidate> candidates, Context context) {
        boolean townInNamedCountry = false;
        for (Candidate c : candidates) {
            Place place = c.place();
            if (place.kind() == PlaceKind.COUNTRY) {
                continue;
            }
            if (place.regionCode() != null && context.regions().contains(place.regionCode())) {
                return false;
            }
            if (context.countries().contains(place.countryCode())) {
                if (place.kind() != PlaceKind.CITY || isKnownAbroad(place) || namesARegionOf(place, context)) {
                    return false;
                }
                townInNamedCountry = true;
            }
        }
        return townInNamedCountry;
    }

    /** Whether the story names, or may name, a region of the place's country ("Ohio", "Georgia"). */
    private static boolean namesARegionOf(Place place, Context context) {
        String prefix = place.countryCode() + ".";
        return Stream.concat(context.regions().stream(), context.possibleRegions().stream())
                .anyMatch(region -> region.startsWith(prefix));
    }

    /** A city known abroad, by its own name or a spelling of it, in a country the story does not name. */
    private static boolean isKnownAbroadByThisName(String name, Candidate candidate, Context context) {
        Place place = candidate.place();
        return place.kind() == PlaceKind.CITY
                && isKnownAbroad(place)
                && (candidate.canonicalName() || isSpelling(name, candidate))
                && !context.countries().contains(place.countryCode());
    }

    /**
     * A city known abroad by the very name written is what it means, rather than a bigger city that name is a spelling
     * or an other name of: "New Delhi" is the capital, not Delhi around it; "Monterey" is the Californian town, not
     * Monterrey. The bigger city stays where the story is about its country and the known bearer lies elsewhere.
     */
    private static List<Candidate> withoutOtherNamesOfAKnownBearer(List<Candidate> candidates, Context context) {
        Set<String> bearerCountries = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.place().kind() == PlaceKind.CITY && c.canonicalName() && isKnownAbroad(c.place())) {
                bearerCountries.add(c.place().countryCode());
            }
        }
        if (bearerCountries.isEmpty()) {
            return candidates;
        }
        return candidates.stream()
                .filter(c -> c.place().kind() != PlaceKind.CITY
                        || c.canonicalName()
                        || (context.countries().contains(c.place().countryCode())
                                && !bearerCountries.contains(c.place().countryCode())))
                .toList();
    }

    /** "Mexico" is the country, though Mexico City and the State of Mexico answer to it too. */
    private static List<Candidate> withoutPlacesInACountryOfTheName(List<Candidate> candidates) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.place().kind() == PlaceKind.COUNTRY) {
                countries.add(c.place().countryCode());
            }
        }
        return countries.isEmpty()
                ? candidates
                : candidates.stream()
                        .filter(c -> c.place().kind() == PlaceKind.COUNTRY
                                || !countries.contains(c.place().countryCode()))
                        .toList();
    }

    private boolean isPlaceName(String name) {
        return !gazetteer.isDemonym(name)
                || gazetteer.candidates(name).stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
    }

    private static double score(String name, Candidate candidate, List<Candidate> all, Context context) {
        Place place = candidate.place();
        double score = switch (place.kind()) {
            case COUNTRY -> countryScore(name, place, all, context);
            case REGION -> regionScore(place);
            case CITY -> Math.log10(Math.max(place.population(), 1_000)) + (place.isCapital() ? CAPITAL_BONUS : 0);
        };
        // a country's other names are the English ones news uses ("Holland", "Burma"), not GeoNames' many languages
        if (!candidate.canonicalName() && place.kind() != PlaceKind.COUNTRY) {
            score -= otherNamePenalty(name, candidate, context);
        }
        if (place.kind() != PlaceKind.COUNTRY) {
            if (place.regionCode() != null && context.regions().contains(place.regionCode())) {
                score += SAME_REGION_BONUS;
            } else if (context.countries().contains(place.countryCode())) {
                score += SAME_COUNTRY_BONUS;
            }
        }
        return score;
    }

    /** A second-level region, which news names where the first level is too coarse, counts as a big one. */
    private static double regionScore(Place region) {
        if (region.isSecondLevelRegion()) {
            return REGION_SCORE;
        }
        return Math.max(
                SMALLEST_LISTED_TOWN_SCORE, Math.min(REGION_SCORE, Math.log10(Math.max(region.population(), 1))));
    }

    /**
     * What a city's other name costs it against a place that bears the name: a spelling of a city known abroad
     * ("Geneva" for Genève, "Odessa" for Odesa) costs least, since it is how other languages write it.
     */
    private static double otherNamePenalty(String name, Candidate candidate, Context context) {
        if (isSpelling(name, candidate)) {
            return isKnownAbroad(candidate.place()) ? SPELLING_KNOWN_ABROAD_PENALTY : ALTERNATE_NAME_PENALTY;
        }
        return context.countries().contains(candidate.place().countryCode())
                ? ALTERNATE_NAME_PENALTY
                : FORMER_NAME_PENALTY;
    }

    /**
     * A country wins its name, unless the article is about another country that has a place of that name (its own
     * name or a spelling of it: "Usa" for a Japanese town's former name does not count, nor "Jamaica" in Queens).
     */
    private static double countryScore(String name, Place country, List<Candidate> all, Context context) {
        boolean elsewhere = !context.countries().contains(country.countryCode())
                && all.stream()
                        .anyMatch(c -> c.place().kind() != PlaceKind.COUNTRY
                                && !c.place().isCitySection()
                                && (c.canonicalName() || isSpelling(name, c))
                                && context.countries().contains(c.place().countryCode()));
        return elsewhere ? COUNTRY_OUT_OF_CONTEXT_SCORE : COUNTRY_SCORE;
    }

    /**
     * "Kursk" is the city of Kursk, not Kursk Oblast; "Washington" is the capital, not the state. A city's other name
     * that is no spelling of its own does not hide the region ("Goa" is the state, though a town once bore the name).
     * Where the English name Lede writes in place of GeoNames' tells the city apart by a word added to the name
     * ("Quebec City" for Québec), the name alone is the region's: "Quebec" is the province. GeoNames' own "New York
     * City" is no such name: "New York" is the city, as news mostly means it.
     */
    private List<Candidate> withoutRegionsNamedLikeTheirCity(String name, List<Candidate> candidates) {
        Set<String> countriesWithBigCity = new HashSet<>();
        Set<String> countriesWithRegion = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.place().kind() == PlaceKind.CITY
                    && c.place().population() >= CITY_OVER_REGION_POPULATION
                    && (c.canonicalName() || isSpelling(name, c))
                    && !isToldApartInEnglish(name, c.place())) {
                countriesWithBigCity.add(c.place().countryCode());
            }
            if (c.place().kind() == PlaceKind.REGION) {
                countriesWithRegion.add(c.place().countryCode());
            }
        }
        return candidates.stream()
                .filter(c -> c.place().kind() != PlaceKind.REGION
                        || !countriesWithBigCity.contains(c.place().countryCode()))
                .filter(c -> !countriesWithRegion.contains(c.place().countryCode())
                        || !isToldApartInEnglish(name, c.place()))
                .toList();
    }

    /** Whether the city's English name adds a word to the name written: "Quebec City" for "Quebec". */
    private boolean isToldApartInEnglish(String name, Place place) {
        if (place.kind() != PlaceKind.CITY) {
            return false;
        }
        String english = gazetteer.label(place);
        return !english.equals(place.name()) && PlaceKeys.of(english).startsWith(PlaceKeys.of(name) + " ");
    }

    /**
     * A dateline's qualifier names a region or a country ("BIRMINGHAM, Ala."), so cities that share the name
     * ("Aalen", also "Ala") do not blur it.
     */
    private Context qualifierContext(String qualifier) {
        List<Candidate> candidates = withoutRegionsNamedLikeTheirCity(qualifier, gazetteer.candidates(qualifier));
        List<Candidate> areas = candidates.stream()
                .filter(c -> c.place().kind() != PlaceKind.CITY)
                .toList();
        return contextOf(areas.isEmpty() ? candidates : areas);
    }

    /**
     * The countries and regions a name points to whatever else the article says, for resolving the others; none for a
     * name that only describes a part of a place ("Old Town"), which needs the others itself.
     */
    private Context sureContext(String name) {
        return PlaceNames.isDescriptive(name)
                ? Context.EMPTY
                : contextOf(cued(name).stream()
                        .filter(c -> isCredibleAlone(name, c))
                        .toList());
    }

    /** The candidates of a name that its context allows. */
    private List<Candidate> cued(String name) {
        List<Candidate> all = withoutRegionsNamedLikeTheirCity(name, gazetteer.candidates(name));
        return all.stream()
                .filter(c -> PlaceNames.fitsCue(name, c.place(), all))
                .toList();
    }

    /**
     * Whether a city goes by this name whatever the article says: its own, a spelling of it ("Basle", "Frankfurt"),
     * or a one-word name of a great city ("Bombay", "Cologne"). A town's other names in GeoNames also hold former
     * names and translations that news means otherwise ("Twickenham" was once Huntsville, Alabama; "White House" is
     * Casablanca in English), so they count only in an article about the town's country ("Brunswick" in a German
     * story). So does a section of a city: "Chelsea" is London's in a British story, but a suburb of Sydney called
     * "Palm Beach" is not what an American story means; only a section known abroad by its own name ("Hollywood",
     * "Wimbledon") goes by it anywhere, as a city does.
     */
    private boolean isCredibleAlone(String name, Candidate candidate) {
        Place place = candidate.place();
        if (place.isCitySection()) {
            return candidate.canonicalName() && isKnownAbroad(place);
        }
        if (isParishOfASmallCountry(place)) {
            return false;
        }
        return candidate.canonicalName()
                || isSpelling(name, candidate)
                || (place.population() >= GREAT_CITY_POPULATION && isOneWord(name));
    }

    /**
     * A parish or council of a small country, where the gazetteer lists no town, named alone is too often a word or a
     * name news means otherwise: the Isle of Man's "Bride" and "Patrick", Jersey's "St John", Bermuda's "Warwick". It
     * counts in a story about its country. A larger country's regions without a listed town keep their names
     * ("Nunavut", "Galápagos", "Paktika").
     */
    private boolean isParishOfASmallCountry(Place place) {
        return place.kind() == PlaceKind.REGION
                && !place.isSecondLevelRegion()
                && place.population() == 0
                && gazetteer.country(place.countryCode()).map(Place::population).orElse(0L) < SMALL_COUNTRY_POPULATION;
    }

    /** A name written as one word, hyphens and all ("Alma-Ata"), unlike "White House" (Casablanca in English). */
    private static boolean isOneWord(String name) {
        return !name.strip().contains(" ");
    }

    /** Whether the world knows the place by name: GeoNames holds many names of it. */
    public static boolean isKnownAbroad(Place place) {
        return place.nameCount() >= KNOWN_ABROAD_NAME_COUNT;
    }

    /** A city's other name that is a spelling of its own; any other name of a country or region. */
    private static boolean isSpelling(String name, Candidate candidate) {
        return candidate.place().kind() != PlaceKind.CITY
                || Spellings.areVariants(name, candidate.place().name());
    }

    private static Context contextOf(List<Candidate> candidates) {
        Set<String> possibleRegions = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.place().kind() == PlaceKind.REGION && c.place().regionCode() != null) {
                possibleRegions.add(c.place().regionCode());
            }
        }
        Optional<Candidate> country = candidates.stream()
                .filter(c -> c.place().kind() == PlaceKind.COUNTRY)
                .findFirst();
        if (country.isPresent()) {
            return new Context(Set.of(country.get().place().countryCode()), Set.of(), possibleRegions);
        }
        Set<String> countries = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (Candidate c : candidates) {
            countries.add(c.place().countryCode());
            regions.add(c.place().regionCode());
        }
        if (countries.size() != 1) {
            return new Context(Set.of(), Set.of(), possibleRegions);
        }
        regions.remove(null);
        return new Context(countries, regions.size() == 1 ? regions : Set.of(), possibleRegions);
    }

    private static Context contextWithout(Map<String, Context> sure, String key) {
        Context context = Context.EMPTY;
        for (Map.Entry<String, Context> entry : sure.entrySet()) {
            if (!entry.getKey().equals(key)) {
                context = context.plus(entry.getValue());
            }
        }
        return context;
    }

    private Optional<Place> onlyPlace(Context context) {
        return context.countries().size() == 1
                ? gazetteer.country(context.countries().iterator().next())
                : Optional.empty();
    }

    private Optional<Place> onlyRegion(Context context) {
        return context.regions().size() == 1
                ? gazetteer.region(context.regions().iterator().next())
                : Optional.empty();
    }

    private String countryName(Place place) {
        return gazetteer.country(place.countryCode()).map(Place::name).orElse(place.countryCode());
    }

    /** "MARSABIT" → "Marsabit", "NEW YORK" → "New York"; a name already in mixed case stays. */
    static String titleCase(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean startOfWord = true;
        for (char c : text.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    /**
     * Country codes and region codes ({@code DE.02}) an article is about, and the regions its names may mean though
     * they may mean something else ("Georgia": the country, or the American state).
     */
    record Context(Set<String> countries, Set<String> regions, Set<String> possibleRegions) {
        static final Context EMPTY = new Context(Set.of(), Set.of(), Set.of());

        Context(Set<String> countries, Set<String> regions) {
            this(countries, regions, regions);
        }

        Context plus(Context other) {
            if (other.countries.isEmpty() && other.regions.isEmpty() && other.possibleRegions.isEmpty()) {
                return this;
            }
            return new Context(
                    union(countries, other.countries),
                    union(regions, other.regions),
                    union(possibleRegions, other.possibleRegions));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }
    }
}
