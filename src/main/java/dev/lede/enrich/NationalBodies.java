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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A country's public body named by its office alone ("the Finance Ministry", "the Treasury", "the Navy") is
 * another body in every country, so a value of that name alone would count Japan's and Brazil's finance ministries as
 * one. Such a body gets its country in brackets: "Finance Ministry (Japan)". The country is the one the text writes
 * right before the office ("Iraq's Defence Ministry", "the Japanese Finance Ministry", "the U.S. Treasury") when all
 * such qualifiers of the office in the story agree, otherwise the country of its dateline ("TOKYO - The Finance
 * Ministry said") if it names no other. A story that names several countries, or has no dateline, and qualifies the
 * office nowhere keeps the bare name: a British outlet's "Parliament" in a story about Iraq is Britain's. A chamber
 * only some countries have ("Congress", "Senate") is instead the one of the story's countries that has one, if only one
 * does, dateline or not. A qualifier that names no country ("the European Parliament") keeps the bare name too. A
 * value that carries its country already ("US Treasury", "Dutch Central Bank") is written the same way, and "Ministry
 * of Finance" as "Finance Ministry", so each body is one value however stories write it.
 */
final class NationalBodies {

    /** Offices and armed services that every country has under the same name. */
    private static final Set<String> OFFICES = Set.of(
            "treasury",
            "parliament",
            "cabinet",
            "senate",
            "congress",
            "central bank",
            "reserve bank",
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
     * Chambers that only some countries have under that name, with the ISO codes of every country that has or had one
     * (or a party or body news calls so alone: India's Congress party, China's party congress), since a country
     * missing here is one the office can be taken for no longer. A story that qualifies such a chamber nowhere means the
     * one of its countries that has it, when only one does ("OTTAWA - the accord goes to Congress in October": Canada
     * has no Congress, the United States named in the story has), and no country where several or none do.
     */
    private static final Map<String, Set<String>> COUNTRIES_WITH = Map.of(
            "congress",
            Set.of(
                    "US", "PH", "BR", "AR", "MX", "CL", "CO", "PE", "VE", "EC", "BO", "PY", "GT", "HN", "DO", "ES",
                    "FM", "CN", "IN", "ZA"),
            "senate",
            Set.of(
                    "US", "PH", "BR", "AR", "MX", "CL", "CO", "PE", "VE", "UY", "PY", "BO", "DO", "HT", "FR", "IT",
                    "ES", "BE", "NL", "IE", "PL", "CZ", "RO", "CA", "AU", "JM", "TT", "BS", "BB", "BZ", "AG", "GD",
                    "LC", "NG", "KE", "LR", "PK", "MY", "TH", "KH", "BI", "RW", "CM", "GA", "CG", "CD", "MG", "CI",
                    "JO", "EG", "KZ", "UZ", "ZW", "LS", "SZ", "PW", "FJ", "BA", "RU", "DE", "TR"));

    private static final int LONGEST_FIELD = 2;

    /** "Ministry of Finance", "Department of the Treasury": the office before its field. */
    private static final Pattern OFFICE_OF_FIELD = Pattern.compile("(Ministry|Department|Office) of (?:the )?(.+)");

    /** Up to three capitalised words on one line, possibly possessive, right before an office's name. */
    private static final Pattern QUALIFIER_BEFORE =
            Pattern.compile("((?:[A-Z][\\p{L}.]* ){0,2}[A-Z][\\p{L}.]*?)(?:['\u2019]s)?\\s$");

    private static final int QUALIFIER_REACH = 40;

    private NationalBodies() {}

    /**
     * @param text the story's title and body
     * @param places the story's places, its dateline and countries among them
     */
    static List<String> qualify(List<String> organizations, String text, ArticlePlaces places, Gazetteer gazetteer) {
        Optional<String> filedIn =
                places.dateline() != null && places.countries().size() == 1
                        ? Optional.of(places.countries().getFirst())
                        : Optional.empty();
        Set<String> named = new LinkedHashSet<>();
        for (String organization : organizations) {
            named.add(qualified(organization, text, new Homes(filedIn, places.countries(), gazetteer)));
        }
        return new ArrayList<>(named);
    }

    /** What a story tells of where its offices are: the country it was filed from, its countries. */
    private record Homes(Optional<String> filedIn, List<String> countries, Gazetteer gazetteer) {

        /** Whether only some countries have an office of that name. */
        static boolean onlySomeHave(String office) {
            return COUNTRIES_WITH.containsKey(office.toLowerCase(Locale.ROOT));
        }

        /** The one country of the story that has an office only some countries have. */
        Optional<String> onlyCountryWith(String office) {
            Set<String> having = COUNTRIES_WITH.get(office.toLowerCase(Locale.ROOT)).stream()
                    .flatMap(code -> gazetteer.country(code).stream())
                    .map(gazetteer::label)
                    .collect(Collectors.toSet());
            List<String> candidates =
                    countries.stream().filter(having::contains).distinct().toList();
            return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
        }
    }

    private static String qualified(String name, String text, Homes homes) {
        Gazetteer gazetteer = homes.gazetteer();
        Optional<String> office = office(name);
        if (office.isPresent()) {
            return homeOf(name, text, homes)
                    .map(home -> withCountry(office.get(), home))
                    .orElse(name);
        }
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            Optional<String> ownOffice = office(name.substring(space + 1));
            if (ownOffice.isPresent()) {
                Optional<String> country = countryOf(name.substring(0, space), gazetteer);
                if (country.isPresent()) {
                    return withCountry(ownOffice.get(), country.get());
                }
            }
        }
        return name;
    }

    private static String withCountry(String office, String country) {
        return office + " (" + country + ")";
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
        if (OFFICES.contains(lower)) {
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
     * The one country the text writes right before the name wherever it qualifies it, else the country the story was
     * filed from if it names no other; empty where the qualifiers name several countries, or where a name that is no
     * country's may be the one meant ("the European Parliament", "the Nakasone Cabinet").
     */
    private static Optional<String> homeOf(String name, String text, Homes homes) {
        Gazetteer gazetteer = homes.gazetteer();
        Set<String> found = new HashSet<>();
        boolean otherQualifier = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            int windowStart = Math.max(0, at - QUALIFIER_REACH);
            Matcher qualifier = QUALIFIER_BEFORE.matcher(text.substring(windowStart, at));
            if (!qualifier.find() || endsSentence(qualifier.group(1))) {
                continue;
            }
            Optional<String> country = countryOf(qualifier.group(1), gazetteer);
            if (country.isPresent()) {
                found.add(country.get());
            } else {
                String words = qualifier.group(1);
                int lastWordStart = windowStart + qualifier.start(1) + words.lastIndexOf(' ') + 1;
                otherQualifier |=
                        isWithinSentence(text, lastWordStart) && namesAnotherBody(lastWord(words), text, gazetteer);
            }
        }
        if (found.size() == 1) {
            return Optional.of(found.iterator().next());
        }
        if (!found.isEmpty() || otherQualifier) {
            return Optional.empty();
        }
        return Homes.onlySomeHave(name) ? homes.onlyCountryWith(name) : homes.filedIn();
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
        List<Gazetteer.Candidate> places = gazetteer.candidates(bare);
        if (!places.isEmpty()) {
            return places.stream().anyMatch(place -> place.place().kind() == Place.PlaceKind.REGION);
        }
        return !Pattern.compile("\\b" + Pattern.quote(bare.toLowerCase(Locale.ROOT)) + "\\b")
                .matcher(text)
                .find();
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
