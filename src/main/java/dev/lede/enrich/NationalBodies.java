package dev.lede.enrich;

import dev.lede.enrich.places.ArticlePlaces;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.model.GovernmentFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A country's public body named by its office alone ("the Finance Ministry", "the Treasury", "the Navy") is another
 * body in every country, so a value of that name alone would count Japan's and Brazil's finance ministries as one.
 * Such a body gets its country in brackets: "Finance Ministry (Japan)". The country is the one the text writes right
 * before the office ("Iraq's Defence Ministry", "the Japanese Finance Ministry", "the U.S. Treasury") when all such
 * qualifiers of the office in the story agree, otherwise the country of its dateline ("TOKYO - The Finance Ministry
 * said") if it names no other. A story that names several countries, or has no dateline, and qualifies the office
 * nowhere keeps the bare name: a British outlet's "Parliament" in a story about Iraq is Britain's. An office only
 * some countries have under that name ("Congress", "Senate", "Treasury", "Reserve Bank"; a finance ministry, which
 * the United States and Britain have not) is instead the one of the story's countries that has one, if only one
 * does, dateline or not; where several have, the one the story names itself, if only one is, and else the one it was
 * filed from ("WASHINGTON - the Senate" in a story that names the Netherlands, which has one too). A ministry is
 * such an office, since the United States has none and Britain few ("the Trade Ministry" of a Washington story
 * naming Japan is Japan's); so is a department, which the United States and a few others have, another country's
 * only in a story filed there (a firm has departments too). "The State Department" is the United States' wherever it
 * is named, and so is the Treasury of "Treasury Secretary". Either way a country the story reaches only through a
 * city ("the Paris accord") is no other country it names. A qualifier that names no country ("the European
 * Parliament") keeps the bare name too. A value that carries its country already ("US Treasury", "Dutch Central
 * Bank") is written the same way, and "Ministry of Finance" as "Finance Ministry", so each body is one value however
 * stories write it. "The House" gets the name of its country's chamber: "House of Representatives (United States)",
 * "House of Commons (Canada)". Where none of this decides, an archive that names its home country gives the office
 * that country, in a story filed there or without a dateline, if the country has such an office: a British outlet's
 * "Parliament" in a story about Iraq, but not its "Congress".
 */
final class NationalBodies {

    /** Offices and armed services that every country has under the same name. */
    private static final Set<String> OFFICES = Set.of(
            "treasury",
            "parliament",
            "cabinet",
            "senate",
            "congress",
            "house",
            "house of representatives",
            "house of commons",
            "central bank",
            "reserve bank",
            "customs",
            "supreme court",
            "constitutional court",
            "high court",
            "national assembly",
            "upper house",
            "lower house",
            "army",
            "navy",
            "air force",
            "coast guard");

    /**
     * Words of which a ministry's or department's field is made ("Foreign Trade"): the government's fields, and words
     * that name one only inside an office's name ("Home Office", "Labour Ministry", "Foreign Affairs Ministry"). A
     * longer field ("International Trade and Industry") names one country's body, and its acronym ("MITI") is made of
     * the name as written.
     */
    private static final Set<String> FIELD_WORDS = Stream.concat(
                    GovernmentFields.DEPARTMENT_NAMES.stream(),
                    Stream.of(
                            "affairs",
                            "budget",
                            "economic",
                            "economics",
                            "food",
                            "forestry",
                            "home",
                            "international",
                            "labor",
                            "labour",
                            "mines",
                            "mining",
                            "oil",
                            "petroleum",
                            "planning",
                            "resources",
                            "works"))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> FIELD_OFFICES = Set.of("ministry", "department", "office");

    /**
     * Countries whose finance or debt office English-language news calls "the Treasury" ("the Italian Treasury", "the
     * Turkish Treasury"), or did: Japan's, Germany's or Switzerland's is the Finance Ministry, and a story on the
     * dollar that names the United States and Japan means the US Treasury.
     */
    private static final Set<String> TREASURIES = Set.of(
            "US", "GB", "AU", "NZ", "IE", "CA", "IT", "FR", "ES", "PT", "BE", "NL", "GR", "DK", "SE", "FI", "AT", "TR",
            "IL", "BR", "MX", "AR", "CL", "CO", "PE", "VE", "UY", "PH", "ZA", "MY", "HK", "SG", "KE", "JM", "TT");

    /**
     * Offices that every country but a few has: the United States', Britain's and New Zealand's finance office is the
     * Treasury, so a story's "Finance Ministry" is not theirs, and Britain's foreign office is the Foreign Office. The
     * central banks that go by another name (the Federal Reserve, the Bank of England, the Bundesbank, a Reserve Bank,
     * the Swiss National Bank, Hong Kong's and Singapore's monetary authorities) are written so, so "the Central Bank"
     * of a Los Angeles story is Brazil's when the story names it; the Bank of Japan is not, Tokyo's wire copy calls it
     * "the Central Bank" too.
     */
    private static final Map<String, Set<String>> COUNTRIES_WITHOUT = Map.of(
            "finance ministry",
            Set.of("US", "GB", "NZ"),
            "finance department",
            Set.of("US", "GB", "NZ"),
            "foreign ministry",
            Set.of("US", "GB"),
            "central bank",
            Set.of("US", "GB", "DE", "FR", "IT", "CA", "AU", "NZ", "IN", "ZA", "CH", "IL", "HK", "SG"));

    private static final String UNITED_STATES = "US";

    private static final String MINISTRY = " ministry";

    /**
     * The United States government has departments and no ministry, so a Washington story's "Trade Ministry" is
     * another country's; Britain's has ministries only of these fields, and departments and offices otherwise.
     */
    private static final Set<String> BRITISH_MINISTRIES = Set.of("defence", "agriculture", "justice", "housing");

    private static final String DEPARTMENT = " department";

    /**
     * Countries other than the United States whose governments have departments named after their fields
     * ("Department of Health", "Department of Foreign Affairs"), or had; most others have ministries, so a Washington
     * story's "Commerce Department" that names Japan is the United States'. The list is of those news calls so most,
     * not all: a story filed from another country that names no other keeps its country.
     */
    private static final Set<String> COUNTRIES_WITH_DEPARTMENTS =
            Set.of("GB", "CA", "AU", "NZ", "IE", "PH", "ZA", "IN", "HK");

    private static final Set<String> COUNTRIES_WITH_DEPARTMENTS_AND_UNITED_STATES = Stream.concat(
                    COUNTRIES_WITH_DEPARTMENTS.stream(), Stream.of(UNITED_STATES))
            .collect(Collectors.toUnmodifiableSet());

    /** The fields of the United States' executive departments ("State" for foreign affairs), in lower case. */
    private static final Set<String> UNITED_STATES_DEPARTMENTS = Set.of(
            "agriculture",
            "commerce",
            "defense",
            "education",
            "energy",
            "health",
            "housing",
            "interior",
            "justice",
            "labor",
            "state",
            "transportation",
            "treasury",
            "veterans");

    private static final String TREASURY = "treasury";

    /**
     * The words before "Treasury" of a title only one country gives, and that country: Britain's "Chief Secretary to
     * the Treasury", the United States' "Secretary of the Treasury" (and "Treasury Secretary").
     */
    private static final Map<String, String> COUNTRY_OF_TREASURY_TITLE_BEFORE =
            Map.of("Secretary to the ", "GB", "Secretary of the ", UNITED_STATES);

    /** The American title after "Treasury": "Treasury Secretary", "Treasury Under Secretary John Taylor". */
    private static final Pattern SECRETARY_AFTER =
            Pattern.compile(" (?:(?:Under|Assistant|Deputy) )?Secretary|Undersecretary");

    /** Words before an office that make it the body of the story's own country ("the country's Supreme Court"). */
    private static final Pattern THE_COUNTRYS_BEFORE = Pattern.compile("\\b(?:country|nation)['\u2019]s $");

    /**
     * The chamber that news calls "the House" alone, by country: the lower one where there are two, which the House of
     * Lords is not.
     */
    private static final Map<String, String> CHAMBERS_CALLED_HOUSE = Map.ofEntries(
            Map.entry("US", "House of Representatives"),
            Map.entry("AU", "House of Representatives"),
            Map.entry("NZ", "House of Representatives"),
            Map.entry("PH", "House of Representatives"),
            Map.entry("NG", "House of Representatives"),
            Map.entry("LR", "House of Representatives"),
            Map.entry("JM", "House of Representatives"),
            Map.entry("TT", "House of Representatives"),
            Map.entry("MT", "House of Representatives"),
            Map.entry("CY", "House of Representatives"),
            Map.entry("GB", "House of Commons"),
            Map.entry("CA", "House of Commons"));

    /**
     * Chambers and offices that only some countries have under that name, with the ISO codes of every country that
     * has or had one (or a party or body news calls so alone: India's Congress party, China's party congress), since a
     * country missing here is one the office can be taken for no longer. A story that qualifies such a chamber nowhere
     * means the one of its countries that has it, when only one does ("OTTAWA - the accord goes to Congress in
     * October": Canada has no Congress, the United States named in the story has), and no country where several or
     * none do.
     */
    private static final Map<String, Set<String>> COUNTRIES_WITH = Map.of(
            "house",
            CHAMBERS_CALLED_HOUSE.keySet(),
            "house of representatives",
            Set.of(
                    "US", "AU", "NZ", "PH", "NG", "LR", "JM", "TT", "BZ", "MT", "CY", "JP", "TH", "ID", "MY", "NL",
                    "BE", "CO", "UY", "NP", "YE", "JO", "EG", "LY", "MA", "BY", "BA", "FJ"),
            "house of commons",
            Set.of("GB", "CA"),
            "reserve bank",
            Set.of("AU", "NZ", "IN", "ZA", "ZW", "MW", "FJ", "VU"),
            "treasury",
            TREASURIES,
            "treasury department",
            TREASURIES,
            "state department",
            Set.of(UNITED_STATES),
            "foreign office",
            Set.of("GB", "DE"),
            "congress",
            Set.of(
                    "US", "PH", "BR", "AR", "MX", "CL", "CO", "PE", "VE", "EC", "BO", "PY", "GT", "HN", "DO", "ES",
                    "FM", "CN", "IN", "ZA"),
            "senate",
            Set.of(
                    "US", "PH", "BR", "AR", "MX", "CL", "CO", "PE", "VE", "UY", "PY", "BO", "DO", "HT", "FR", "IT",
                    "ES", "BE", "NL", "IE", "PL", "CZ", "RO", "CA", "AU", "JM", "TT", "BS", "BB", "BZ", "AG", "GD",
                    "LC", "NG", "KE", "LR", "PK", "MY", "TH", "KH", "BI", "RW", "CM", "GA", "CG", "CD", "MG", "CI",
                    "JO", "EG", "KZ", "UZ", "ZW", "LS", "SZ", "PW", "FJ", "BA", "RU", "TR"));

    private static final int LONGEST_FIELD = 2;

    /**
     * An office's name that ends many other names ("White House", "Opera House", "Clearing House"): a capitalised word
     * before it is a qualifier only where it names a country or a region ("the U.S. House", "the Texas House"), and
     * otherwise begins another name; a value is that country's chamber only where all words before it name the country
     * ("US House", not the builder "Higashi Nippon House"); and a story whose every "House" is part of another name
     * gets no chamber.
     */
    private static final String HOUSE = "house";

    /** "House of Lords", "House of Fraser", "House of the Dead": after "House", the rest of another name. */
    private static final Pattern ANOTHER_HOUSE_AFTER =
            Pattern.compile("\\s+of\\s+(?!Representatives\\b|Commons\\b)(?:the\\s+)?[A-Z]");

    /** "Ministry of Finance", "Department of the Treasury": the office before its field. */
    private static final Pattern OFFICE_OF_FIELD = Pattern.compile("(Ministry|Department|Office) of (?:the )?(.+)");

    /**
     * Up to three capitalised words on one line, possibly possessive or in brackets ("the (U.S.) Treasury"), right
     * before an office's name.
     */
    private static final Pattern QUALIFIER_BEFORE =
            Pattern.compile("((?:[A-Z][\\p{L}.]* ){0,2}[A-Z][\\p{L}.]*?)(?:['\u2019]s|\\))?\\s$");

    private static final int QUALIFIER_REACH = 40;

    private NationalBodies() {}

    /**
     * @param text the story's title and body
     * @param places the story's places, its dateline and countries among them
     * @param homeCountry the country whose bodies the archive's stories mean when they say nothing else (a British
     *     outlet's "Parliament"), by its ISO code; empty to leave such a body bare
     */
    static List<String> qualify(
            List<String> organizations,
            String text,
            ArticlePlaces places,
            Gazetteer gazetteer,
            Optional<String> homeCountry) {
        Optional<String> filedFrom = Optional.ofNullable(places.datelineCountry());
        Optional<String> home = homeCountry.flatMap(gazetteer::country).map(gazetteer::label);
        Homes homes = new Homes(filedFrom, places.countries(), places.namedCountries(), home, gazetteer);
        Set<String> named = new LinkedHashSet<>();
        for (String organization : organizations) {
            named.add(qualified(organization, text, homes));
        }
        return new ArrayList<>(named);
    }

    /**
     * What a story tells of where its offices are: the country it was filed from, its countries, and those of them it
     * names itself rather than through a city ("the Paris accord" is no French story).
     */
    private record Homes(
            Optional<String> filedFrom,
            List<String> countries,
            List<String> namedCountries,
            Optional<String> home,
            Gazetteer gazetteer) {

        /** The country the story was filed from, if it names no other. */
        Optional<String> filedIn() {
            return filedFrom.filter(country -> namedCountries.stream().allMatch(country::equals));
        }

        /**
         * The archive's home country, for a story without a dateline or filed there, if it has an office of that name
         * at all (Britain has no Congress, and a "Defense Department" is American whoever writes of it), and unless
         * the story writes of "the country's" office and names another country.
         */
        Optional<String> atHome(String office, boolean ofTheStorysCountry) {
            return home.filter(country -> filedFrom.isEmpty() || filedFrom.get().equals(country))
                    .filter(country -> !onlySomeHave(office) || has(office).test(country))
                    .filter(country -> !isDepartment(office) || !isUnitedStatesField(office) || isUnitedStates(country))
                    .filter(country ->
                            !ofTheStorysCountry || namedCountries.stream().allMatch(country::equals));
        }

        private static boolean isUnitedStatesField(String department) {
            String key = department.toLowerCase(Locale.ROOT);
            return UNITED_STATES_DEPARTMENTS.contains(key.substring(0, key.length() - DEPARTMENT.length()));
        }

        /** Whether only some countries have an office of that name. */
        static boolean onlySomeHave(String office) {
            String key = office.toLowerCase(Locale.ROOT);
            return countriesWith(key) != null || countriesWithout(key) != null;
        }

        /** The one country that has an office of that name, if only one has ("State Department"). */
        Optional<String> onlyCountryEverWith(String office) {
            Set<String> codes = countriesWith(office.toLowerCase(Locale.ROOT));
            return codes != null && codes.size() == 1 ? labels(codes).stream().findFirst() : Optional.empty();
        }

        /**
         * The one country of the story that has an office only some countries have; where several have, the one of
         * them the story names itself, if only one is, and else the one it was filed from, if that is one of them: a
         * Washington story's "Senate" is the United States' though it names the Netherlands, which has one too.
         */
        Optional<String> onlyCountryWith(String office) {
            Predicate<String> has = has(office);
            if (isDepartment(office)) {
                has = has.and(this::mayBeADepartmentOf);
            }
            List<String> candidates = countries.stream().filter(has).distinct().toList();
            if (candidates.size() > 1) {
                candidates =
                        candidates.stream().filter(namedCountries::contains).toList();
            }
            if (candidates.size() > 1) {
                candidates = filedFrom.filter(candidates::contains).stream().toList();
            }
            return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
        }

        /** Whether a country, by its name, has an office of that name, of those only some countries have. */
        private Predicate<String> has(String office) {
            String key = office.toLowerCase(Locale.ROOT);
            Set<String> with = countriesWith(key);
            return with != null ? labels(with)::contains : Predicate.not(labels(countriesWithout(key))::contains);
        }

        /** The codes of the countries that have an office of that name, or {@code null} where most have one. */
        private static Set<String> countriesWith(String key) {
            Set<String> listed = COUNTRIES_WITH.get(key);
            if (listed != null || !key.endsWith(DEPARTMENT)) {
                return listed;
            }
            return UNITED_STATES_DEPARTMENTS.contains(key.substring(0, key.length() - DEPARTMENT.length()))
                    ? COUNTRIES_WITH_DEPARTMENTS_AND_UNITED_STATES
                    : COUNTRIES_WITH_DEPARTMENTS;
        }

        /** The codes of the countries that have no office of that name, or {@code null} where all or few have one. */
        private static Set<String> countriesWithout(String key) {
            Set<String> listed = COUNTRIES_WITHOUT.get(key);
            if (listed != null || !key.endsWith(MINISTRY)) {
                return listed;
            }
            return BRITISH_MINISTRIES.contains(key.substring(0, key.length() - MINISTRY.length()))
                    ? Set.of(UNITED_STATES)
                    : Set.of(UNITED_STATES, "GB");
        }

        /**
         * Whether a department the story names may be the country's: the United States' is newsworthy everywhere, but
         * a foreign story's "Foreign Department" is as often a firm's ("Foreign Department head at the Japan Non-life
         * Insurance"), so another country's department is one only in a story filed there or without a dateline.
         */
        private boolean mayBeADepartmentOf(String country) {
            return filedFrom.isEmpty() || filedFrom.get().equals(country) || isUnitedStates(country);
        }

        private boolean isUnitedStates(String country) {
            return gazetteer
                    .country(UNITED_STATES)
                    .map(gazetteer::label)
                    .filter(country::equals)
                    .isPresent();
        }

        static boolean isDepartment(String office) {
            return office.toLowerCase(Locale.ROOT).endsWith(DEPARTMENT);
        }

        private Set<String> labels(Set<String> codes) {
            return codes.stream()
                    .flatMap(code -> gazetteer.country(code).stream())
                    .map(gazetteer::label)
                    .collect(Collectors.toSet());
        }
    }

    private static String qualified(String name, String text, Homes homes) {
        Gazetteer gazetteer = homes.gazetteer();
        Optional<String> office = office(name);
        if (office.isPresent()) {
            return homeOf(name, office.get(), text, homes)
                    .map(home -> withCountry(office.get(), home, gazetteer))
                    .orElse(name);
        }
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            Optional<String> ownOffice = office(name.substring(space + 1));
            if (ownOffice.isPresent()) {
                String before = name.substring(0, space);
                Optional<String> country = ownOffice.get().equalsIgnoreCase(HOUSE)
                        ? gazetteer.countryNamedBy(before).map(gazetteer::label)
                        : countryOf(before, gazetteer);
                if (country.isPresent()) {
                    return withCountry(ownOffice.get(), country.get(), gazetteer);
                }
            }
        }
        return name;
    }

    /** The office and its country in brackets; "the House" by the name of the chamber it is in that country. */
    private static String withCountry(String office, String country, Gazetteer gazetteer) {
        String chamber = office.equalsIgnoreCase(HOUSE)
                ? CHAMBERS_CALLED_HOUSE.entrySet().stream()
                        .filter(house -> gazetteer
                                .country(house.getKey())
                                .map(gazetteer::label)
                                .filter(country::equals)
                                .isPresent())
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(office)
                : office;
        return chamber + " (" + country + ")";
    }

    /**
     * The office's name, its field first, if the name is an office alone; empty for any other name, and for one
     * written in capitals (a headline's "NAVY").
     */
    static Optional<String> office(String name) {
        if (name.chars().noneMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        Matcher ofField = OFFICE_OF_FIELD.matcher(name);
        if (ofField.matches()) {
            return office(ofField.group(2) + " " + ofField.group(1));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (OFFICES.contains(lower) || COUNTRIES_WITH.containsKey(lower)) {
            return Optional.of(name);
        }
        List<String> words = Arrays.asList(lower.split(" "));
        int fieldLength = words.size() - 1;
        boolean isFieldOffice = fieldLength >= 1
                && fieldLength <= LONGEST_FIELD
                && FIELD_OFFICES.contains(words.getLast())
                && FIELD_WORDS.containsAll(words.subList(0, fieldLength))
                && Character.isUpperCase(name.charAt(0));
        return isFieldOffice ? Optional.of(name) : Optional.empty();
    }

    /**
     * The one country the text writes right before the name wherever it qualifies it; else, for an office only some
     * countries have, the one of the story's countries that has it, and for any other the country the story was filed
     * from if it names no other; failing those, the archive's home country if the story was filed there or has no
     * dateline. Empty where the qualifiers name several countries, where a name that is no country's may be the one
     * meant ("the European Parliament", "the Nakasone Cabinet"), and where every "House" of the text is part of
     * another name.
     *
     * @param name the value as the text writes it ("Ministry of Finance")
     * @param office the office it names ("Finance Ministry")
     */
    private static Optional<String> homeOf(String name, String office, String text, Homes homes) {
        Gazetteer gazetteer = homes.gazetteer();
        boolean isHouse = name.equalsIgnoreCase(HOUSE);
        boolean officeNamed = !isHouse;
        Set<String> found = new HashSet<>();
        boolean otherQualifier = false;
        boolean ofTheStorysCountry = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))
                    || isHouse
                            && ANOTHER_HOUSE_AFTER
                                    .matcher(text)
                                    .region(end, text.length())
                                    .lookingAt()) {
                continue;
            }
            int windowStart = Math.max(0, at - QUALIFIER_REACH);
            Matcher qualifier = QUALIFIER_BEFORE.matcher(text.substring(windowStart, at));
            ofTheStorysCountry |=
                    THE_COUNTRYS_BEFORE.matcher(text.substring(windowStart, at)).find();
            boolean qualified = qualifier.find() && !endsSentence(qualifier.group(1));
            String words = qualified ? qualifier.group(1) : "";
            Optional<String> country = qualified ? countryOf(words, gazetteer) : Optional.empty();
            if (country.isEmpty()) {
                country = countryOfTitle(text, at, end, office, gazetteer);
            }
            boolean regionBefore = qualified && namesRegion(lastWord(words), gazetteer);
            boolean nameBefore = qualified
                    && country.isEmpty()
                    && isWithinSentence(text, windowStart + qualifier.start(1) + words.lastIndexOf(' ') + 1)
                    && namesAnotherBody(lastWord(words), text, gazetteer);
            if (isHouse && nameBefore && !regionBefore) {
                continue;
            }
            officeNamed = true;
            if (country.isPresent()) {
                found.add(country.get());
            } else {
                otherQualifier |= isHouse ? nameBefore && regionBefore : nameBefore;
            }
        }
        if (!officeNamed) {
            return Optional.empty();
        }
        if (found.size() == 1) {
            return Optional.of(found.iterator().next());
        }
        if (!found.isEmpty() || otherQualifier) {
            return Optional.empty();
        }
        Optional<String> onlyHome = homes.onlyCountryEverWith(office);
        if (onlyHome.isPresent()) {
            return onlyHome;
        }
        boolean storysOwnOffice = ofTheStorysCountry;
        if (!Homes.onlySomeHave(office)) {
            return homes.filedIn().or(() -> homes.atHome(office, storysOwnOffice));
        }
        Optional<String> home = homes.onlyCountryWith(office);
        return (Homes.isDepartment(office) ? home.or(homes::filedIn) : home)
                .or(() -> homes.atHome(office, storysOwnOffice));
    }

    /** The one country whose title the office's name at {@code at} is part of ("Treasury Secretary"), if it is. */
    private static Optional<String> countryOfTitle(String text, int at, int end, String office, Gazetteer gazetteer) {
        if (!office.equalsIgnoreCase(TREASURY)) {
            return Optional.empty();
        }
        Optional<String> code =
                SECRETARY_AFTER.matcher(text).region(end, text.length()).lookingAt()
                        ? Optional.of(UNITED_STATES)
                        : COUNTRY_OF_TREASURY_TITLE_BEFORE.entrySet().stream()
                                .filter(title -> text.startsWith(
                                        title.getKey(), at - title.getKey().length()))
                                .map(Map.Entry::getValue)
                                .findFirst();
        return code.flatMap(gazetteer::country).map(gazetteer::label);
    }

    /** Whether the word at {@code start} follows another word of its sentence on the same line. */
    private static boolean isWithinSentence(String text, int start) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && before < start - 1 && ".!?:;\"\u201d\n\r".indexOf(text.charAt(before)) < 0;
    }

    /**
     * Whether the word makes the office another body than the country's: a state or province ("the Texas Supreme
     * Court"), or part of a name, which the story never writes in lower case ("European"; not "Senior" at the start
     * of a sentence) and which is not a headline's. A city qualifies the body of its country ("the Bonn Finance
     * Ministry").
     */
    private static boolean namesAnotherBody(String word, String text, Gazetteer gazetteer) {
        String bare = word.replaceFirst("['\u2019]s$", "");
        if (bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (!gazetteer.candidates(bare).isEmpty()) {
            return namesRegion(bare, gazetteer);
        }
        return !Pattern.compile("\\b" + Pattern.quote(bare.toLowerCase(Locale.ROOT)) + "\\b")
                .matcher(text)
                .find();
    }

    private static boolean namesRegion(String word, Gazetteer gazetteer) {
        return gazetteer.candidates(word.replaceFirst("['\u2019]s$", "")).stream()
                .anyMatch(place -> place.place().kind() == Place.PlaceKind.REGION);
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    /** "in Japan." ends a sentence; "U.S." is written with its stops. */
    private static boolean endsSentence(String words) {
        String last = lastWord(words);
        return last.endsWith(".") && last.indexOf('.') == last.length() - 1;
    }

    /** The country that the qualifier's words name, the most of them that name one ("Papua New Guinea", "U.S."). */
    private static Optional<String> countryOf(String qualifier, Gazetteer gazetteer) {
        String words = qualifier.replaceFirst("['\u2019]s$", "").strip();
        for (int from = 0; from >= 0; from = nextWord(words, from)) {
            Optional<String> country =
                    gazetteer.countryNamedBy(words.substring(from)).map(gazetteer::label);
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    private static int nextWord(String words, int from) {
        int space = words.indexOf(' ', from);
        return space < 0 ? -1 : space + 1;
    }
}
