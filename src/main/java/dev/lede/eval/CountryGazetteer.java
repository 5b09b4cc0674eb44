package dev.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Which country a name stands for, for scoring only, built from the shared gazetteer: country names and English
 * aliases ({@code countryInfo.txt}, {@code countries.json.gz}, {@code country_aliases.csv.gz}), the cities of
 * {@code cities15000.txt.gz} and the first-level regions of {@code admin1CodesASCII.txt}. A city name stands for the
 * country of its most populous bearer ("Paris" → France); a country name wins over a city name.
 *
 * <p>Countries are ISO 3166-1 alpha-2 codes, so that Lede's country names and Reuters' tags meet whatever spelling
 * either uses.
 */
public final class CountryGazetteer {

    /** Names too short to trust unless dotted: two- and three-letter codes collide with words ("CAR", "de"). */
    private static final int SHORTEST_NAME = 4;

    private static final Set<String> SHORT_NAMES = Set.of("US", "USA", "UK", "UAE", "USSR", "PRC");

    /**
     * Names of the 1987 newswire, and everyday English names the alias lists lack. "Soviet Union" stands for Russia
     * here as "Moscow" does in the city table.
     */
    private static final Map<String, String> ERA_NAMES = Map.ofEntries(
            Map.entry("Britain", "GB"),
            Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"),
            Map.entry("Wales", "GB"),
            Map.entry("Northern Ireland", "GB"),
            Map.entry("Soviet Union", "RU"),
            Map.entry("USSR", "RU"),
            Map.entry("U.S.S.R.", "RU"),
            Map.entry("West Germany", "DE"),
            Map.entry("East Germany", "DE"),
            Map.entry("Holland", "NL"),
            Map.entry("Burma", "MM"),
            Map.entry("Kampuchea", "KH"),
            Map.entry("Cambodia", "KH"),
            Map.entry("Zaire", "CD"),
            Map.entry("Ivory Coast", "CI"),
            Map.entry("Czechoslovakia", "CZ"),
            Map.entry("Yugoslavia", "RS"),
            Map.entry("North Yemen", "YE"),
            Map.entry("South Yemen", "YE"),
            Map.entry("Western Samoa", "WS"),
            Map.entry("Swaziland", "SZ"),
            Map.entry("Taiwan", "TW"),
            Map.entry("Hong Kong", "HK"),
            Map.entry("South Korea", "KR"),
            Map.entry("North Korea", "KP"),
            Map.entry("Vatican", "VA"));

    /** Country-like names that are not the country they map to: parts of it, or the states it succeeded. */
    private static final Set<String> NOT_THE_COUNTRY_ITSELF = Set.of(
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "West Germany",
            "East Germany",
            "Soviet Union",
            "USSR",
            "U.S.S.R.",
            "Czechoslovakia",
            "Yugoslavia",
            "North Yemen",
            "South Yemen");

    /**
     * Reuters place codes that do not spell a present-day country name. A former state stands for every country now
     * on its territory, so that Lede's "Ukraine" for a "ussr" story is right.
     */
    private static final Map<String, Set<String>> REUTERS_CODES = Map.ofEntries(
            Map.entry("usa", Set.of("US")),
            Map.entry("uk", Set.of("GB")),
            Map.entry("uae", Set.of("AE")),
            Map.entry("west-germany", Set.of("DE")),
            Map.entry("east-germany", Set.of("DE")),
            Map.entry(
                    "ussr",
                    Set.of("RU", "UA", "BY", "KZ", "UZ", "TM", "KG", "TJ", "AZ", "AM", "GE", "MD", "LT", "LV", "EE")),
            Map.entry("czechoslovakia", Set.of("CZ", "SK")),
            Map.entry("yugoslavia", Set.of("RS", "HR", "SI", "BA", "MK", "ME", "XK")),
            Map.entry("kampuchea", Set.of("KH")),
            Map.entry("burma", Set.of("MM")),
            Map.entry("zaire", Set.of("CD")),
            Map.entry("congo", Set.of("CG")),
            Map.entry("ivory-coast", Set.of("CI")),
            Map.entry("yemen-arab-republic", Set.of("YE")),
            Map.entry("yemen-demo-republic", Set.of("YE")),
            Map.entry("trinidad-tobago", Set.of("TT")),
            Map.entry("antigua", Set.of("AG")),
            Map.entry("vatican", Set.of("VA")),
            Map.entry("western-samoa", Set.of("WS")),
            Map.entry("swaziland", Set.of("SZ")),
            Map.entry("netherlands-antilles", Set.of("CW", "SX", "BQ")),
            Map.entry("macao", Set.of("MO")),
            Map.entry("hong-kong", Set.of("HK")),
            Map.entry("british-virgin-islands", Set.of("VG")),
            Map.entry("us-virgin-islands", Set.of("VI")),
            Map.entry("cape-verde", Set.of("CV")),
            Map.entry("south-korea", Set.of("KR")),
            Map.entry("north-korea", Set.of("KP")));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’-]*");
    private static final int LONGEST_NAME_IN_WORDS = 5;

    /** Folded country name → ISO code. */
    private final Map<String, String> countryByName;
    /** Surface form as written (and shouted) → ISO code of the country it names or lies in. */
    private final Map<String, String> placeCountry;

    private CountryGazetteer(Map<String, String> countryByName, Map<String, String> placeCountry) {
        this.countryByName = countryByName;
        this.placeCountry = placeCountry;
    }

    /** Reads the gazetteer folder ({@code ../shared/gazetteer}); takes a second or two. */
    public static CountryGazetteer load(Path gazetteerDir) {
        Map<String, String> countries = new HashMap<>();
        List<String[]> countryInfo = lines(gazetteerDir.resolve("countryInfo.txt"), false).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .toList();
        for (String[] row : countryInfo) {
            countries.put(row[4], row[0]);
        }
        readCountriesJson(gazetteerDir.resolve("countries.json.gz"), countries);
        for (String line : lines(gazetteerDir.resolve("country_aliases.csv.gz"), true)) {
            String[] row = line.split(",", 6);
            if (row.length == 6 && row[2].equals("en") && row[1].length() == 2) {
                countries.putIfAbsent(row[4].replaceFirst("^(?i)the ", ""), row[1]);
            }
        }
        ERA_NAMES.forEach(countries::put);
        Map<String, String> countryByName = new HashMap<>();
        Map<String, String> placeCountry = new HashMap<>();
        countries.forEach((name, iso) -> {
            if (trustworthy(name)) {
                countryByName.putIfAbsent(fold(name), iso);
            }
        });
        readPlaces(gazetteerDir, placeCountry);
        countries.forEach((name, iso) -> {
            if (trustworthy(name)) {
                placeCountry.put(name, iso);
                placeCountry.put(name.toUpperCase(Locale.ROOT), iso);
            }
        });
        return new CountryGazetteer(countryByName, placeCountry);
    }

    /** The country a country name stands for, in any case and with or without dots ("U.S.", "us", "USA"). */
    public Optional<String> countryOf(String countryName) {
        String key = fold(countryName.replaceFirst("^(?i)the ", ""));
        return Optional.ofNullable(countryByName.get(key));
    }

    /**
     * The country a country name stands for when the two name one entity: as {@link #countryOf}, but a part ("England") or
     * a former state ("West Germany", "Soviet Union") is not the country it maps to, so it gives nothing for those.
     */
    public Optional<String> sameCountryAs(String countryName) {
        return NOT_THE_COUNTRY_ITSELF.contains(countryName.strip()) ? Optional.empty() : countryOf(countryName);
    }

    /** The countries a Reuters place code stands for ("west-germany" → DE); empty when unknown. */
    public Set<String> countriesOfReutersCode(String code) {
        Set<String> fixed = REUTERS_CODES.get(code);
        if (fixed != null) {
            return fixed;
        }
        return countryOf(code.replace('-', ' ')).map(Set::of).orElse(Set.of());
    }

    /** The place a name stands for, as a city, region or country, by its country; empty when unknown. */
    public Optional<String> countryOfPlace(String placeName) {
        Optional<String> country = countryOf(placeName);
        return country.isPresent() ? country : Optional.ofNullable(placeCountry.get(placeName.strip()));
    }

    /**
     * The countries a text names, itself or by a place in it (a city or region under its most populous reading),
     * matched on whole words as written or in capitals.
     */
    public Set<String> countriesNamedIn(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < LONGEST_NAME_IN_WORDS && i + n < words.size(); n++) {
                if (n > 0) {
                    name.append(' ');
                }
                name.append(words.get(i + n));
                String candidate = name.toString();
                String iso = placeCountry.get(candidate);
                if (iso == null && candidate.endsWith(".")) {
                    iso = placeCountry.get(candidate.substring(0, candidate.length() - 1));
                }
                if (iso != null) {
                    found.add(iso);
                }
            }
        }
        return found;
    }

    private static void readCountriesJson(Path file, Map<String, String> countries) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            for (JsonNode country : JsonMapper.builder().build().readTree(in)) {
                String iso = country.path("cca2").asText();
                countries.putIfAbsent(country.path("name").path("common").asText(), iso);
                countries.putIfAbsent(country.path("name").path("official").asText(), iso);
                for (JsonNode spelling : country.path("altSpellings")) {
                    countries.putIfAbsent(spelling.asText(), iso);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Cities under their name and ASCII name, the most populous bearer winning; then regions not yet taken. */
    private static void readPlaces(Path gazetteerDir, Map<String, String> placeCountry) {
        Map<String, Long> population = new HashMap<>();
        for (String line : lines(gazetteerDir.resolve("cities15000.txt.gz"), true)) {
            String[] row = line.split("\t", -1);
            long people = row[14].isEmpty() ? 0 : Long.parseLong(row[14]);
            for (String name : new LinkedHashSet<>(List.of(row[1], row[2]))) {
                if (trustworthy(name) && people > population.getOrDefault(name, -1L)) {
                    population.put(name, people);
                    placeCountry.put(name, row[8]);
                }
            }
        }
        Set<String> cities = new HashSet<>(placeCountry.keySet());
        for (String line : lines(gazetteerDir.resolve("admin1CodesASCII.txt"), false)) {
            String[] row = line.split("\t", -1);
            String iso = row[0].substring(0, row[0].indexOf('.'));
            for (String name : new LinkedHashSet<>(List.of(row[1], row[2]))) {
                if (trustworthy(name) && !cities.contains(name)) {
                    placeCountry.putIfAbsent(name, iso);
                }
            }
        }
        for (String name : new ArrayList<>(placeCountry.keySet())) {
            String shouted = name.toUpperCase(Locale.ROOT);
            placeCountry.putIfAbsent(shouted, placeCountry.get(name));
        }
    }

    private static boolean trustworthy(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        long letters = name.chars().filter(Character::isLetter).count();
        return letters >= SHORTEST_NAME || SHORT_NAMES.contains(name) || (name.contains(".") && letters >= 2);
    }

    /** Lower case, no accents, dots or apostrophes, single spaces: "U.S." and "us" meet. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.'’]", "")
                .replaceAll("[\\s-]+", " ")
                .strip();
    }

    private static List<String> lines(Path file, boolean gzip) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("gazetteer file not found: " + file);
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
