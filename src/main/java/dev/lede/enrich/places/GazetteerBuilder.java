package dev.lede.enrich.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the compact gazetteer resource that {@link Gazetteer} reads from the data files in {@code
 * ../shared/gazetteer/} (see its README for origins and licences): GeoNames' {@code countryInfo.txt}, {@code
 * admin1CodesASCII.txt} and {@code cities15000.txt.gz}, mledoze's {@code countries.json.gz} and Wikidata's {@code
 * country_aliases.csv.gz}. Run it through {@code lede gazetteer}; the output is deterministic, so re-running it on
 * the same files gives the same bytes.
 *
 * <p>The resource is gzipped UTF-8 text, one record a line, tab-separated, lists joined by {@code |}, comment lines
 * starting with {@code #}:
 *
 * <pre>
 * C  code  name  population  aliases          a country ("US", "United States", 329484123, "U.S.|USA|America|…")
 * D  code  demonyms                           words for its people, which are not places ("American|Americans")
 * R  code  name  aliases                      a first-level region ("DE.02", "Bavaria", "")
 * P  name  country  region  population  feature  alternates     a city ("Kyiv", "UA", "12", 2963199, "PPLC", "Kiev|…")
 * </pre>
 */
public final class GazetteerBuilder {

    /** Alternate names kept per city: enough for the exonyms news uses, few enough to keep the file small. */
    static final int MAX_CITY_ALTERNATES = 100;

    /** Country aliases this short are codes that clash with words ("IT", "AI", "ME"); these few are news usage. */
    private static final Set<String> SHORT_COUNTRY_ALIASES =
            Set.of("us", "usa", "uk", "uae", "drc", "prc", "dprk", "rok", "ksa");

    /** Aliases that name something else more often than the country, or that are adjectives. */
    private static final Set<String> UNWANTED_COUNTRY_ALIASES =
            Set.of("states", "union", "republic", "kingdom", "federation", "saudi", "emirates", "islands");

    /** Historic entries in countryInfo.txt (Serbia and Montenegro, Netherlands Antilles). */
    private static final Set<String> OBSOLETE_COUNTRIES = Set.of("CS", "AN");

    /** GeoNames' short names that differ from the usual English of news. */
    private static final Map<String, String> COUNTRY_NAMES = Map.of(
            "NL", "Netherlands",
            "PS", "Palestine",
            "TL", "Timor-Leste",
            "BQ", "Bonaire, Saint Eustatius and Saba");

    /** GeoNames' region names that are out of date or odd (its README names these). */
    private static final Map<String, String> REGION_NAMES = Map.of(
            "UA.13", "Kyiv Oblast",
            "UA.07", "Kharkiv Oblast",
            "RU.42", "Leningrad Oblast",
            "RU.66", "Saint Petersburg");

    /** Demonyms that mledoze does not list, or lists as a country's alternative spelling. */
    private static final Map<String, List<String>> EXTRA_DEMONYMS =
            Map.of("SA", List.of("Saudi", "Saudis"), "GB", List.of("Briton", "Britons", "Brit", "Brits"));

    /** The abbreviations of US states and Canadian provinces that wire datelines use ("PORTLAND, Ore."). */
    private static final Map<String, String> REGION_ABBREVIATIONS = Map.ofEntries(
            Map.entry("US.AL", "Ala."),
            Map.entry("US.AZ", "Ariz."),
            Map.entry("US.AR", "Ark."),
            Map.entry("US.CA", "Calif."),
            Map.entry("US.CO", "Colo."),
            Map.entry("US.CT", "Conn."),
            Map.entry("US.DE", "Del."),
            Map.entry("US.DC", "D.C."),
            Map.entry("US.FL", "Fla."),
            Map.entry("US.GA", "Ga."),
            Map.entry("US.IL", "Ill."),
            Map.entry("US.IN", "Ind."),
            Map.entry("US.KS", "Kan."),
            Map.entry("US.KY", "Ky."),
            Map.entry("US.MD", "Md."),
            Map.entry("US.MA", "Mass."),
            Map.entry("US.MI", "Mich."),
            Map.entry("US.MN", "Minn."),
            Map.entry("US.MS", "Miss."),
            Map.entry("US.MO", "Mo."),
            Map.entry("US.MT", "Mont."),
            Map.entry("US.NE", "Neb."),
            Map.entry("US.NV", "Nev."),
            Map.entry("US.NH", "N.H."),
            Map.entry("US.NJ", "N.J."),
            Map.entry("US.NM", "N.M."),
            Map.entry("US.NY", "N.Y."),
            Map.entry("US.NC", "N.C."),
            Map.entry("US.ND", "N.D."),
            Map.entry("US.OK", "Okla."),
            Map.entry("US.OR", "Ore."),
            Map.entry("US.PA", "Pa."),
            Map.entry("US.RI", "R.I."),
            Map.entry("US.SC", "S.C."),
            Map.entry("US.SD", "S.D."),
            Map.entry("US.TN", "Tenn."),
            Map.entry("US.TX", "Tex."),
            Map.entry("US.VT", "Vt."),
            Map.entry("US.VA", "Va."),
            Map.entry("US.WA", "Wash."),
            Map.entry("US.WV", "W.Va."),
            Map.entry("US.WI", "Wis."),
            Map.entry("US.WY", "Wyo."),
            Map.entry("CA.08", "Ont."),
            Map.entry("CA.10", "Que."),
            Map.entry("CA.02", "B.C."),
            Map.entry("CA.01", "Alta."),
            Map.entry("CA.03", "Man."),
            Map.entry("CA.11", "Sask."),
            Map.entry("CA.07", "N.S."));

    /** Words naming the kind of a region, dropped for a short alias ("Kursk Oblast" is also "Kursk"). */
    private static final Pattern REGION_KIND = Pattern.compile(
            "\\s+(?:Oblast'?|Oblast’|Province|Region|Governorate|Prefecture|State|Krai|Kray|Republic|District"
                    + "|Department|Voivodeship|Municipality|Territory|County|Division|City)$");

    /** A name in Latin script that starts with a capital: the kind of alternate an English text may use. */
    private static final Pattern LATIN_NAME =
            Pattern.compile("\\p{Lu}[\\p{IsLatin}\\p{M}' ’.\\-]*", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> SKIPPED_FEATURES = Set.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH");

    private GazetteerBuilder() {}

    /** Reads the data files in {@code from} and writes the gzipped resource to {@code out}. */
    public static Summary build(Path from, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            return build(from, file);
        }
    }

    /** Writes the gzipped resource to {@code out}, which stays open. */
    public static Summary build(Path from, OutputStream out) throws IOException {
        Map<String, Country> countries = readCountries(from.resolve("countryInfo.txt"));
        addMledoze(from.resolve("countries.json.gz"), countries);
        addWikidataAliases(from.resolve("country_aliases.csv.gz"), countries);
        List<String> lines = new ArrayList<>();
        lines.add("# Lede gazetteer, derived by `lede gazetteer` (dev.lede.enrich.places.GazetteerBuilder).");
        lines.add("# Data from GeoNames (https://www.geonames.org/), CC BY 4.0; country names and demonyms from");
        lines.add(
                "# mledoze/countries (ODbL 1.0); country aliases from econandrew/sparql_queries (MIT, Wikidata CC0).");
        lines.add("# This derived database is made available under the Open Database License (ODbL) v1.0.");
        int regions = 0;
        int cities = 0;
        for (Country country : countries.values()) {
            country.aliases.removeIf(alias -> PlaceKeys.of(alias).equals(PlaceKeys.of(country.name)));
            lines.add(join("C", country.code, country.name, Long.toString(country.population), list(country.aliases)));
            if (!country.demonyms.isEmpty()) {
                lines.add(join("D", country.code, list(country.demonyms)));
            }
        }
        for (String[] region : readRegions(from.resolve("admin1CodesASCII.txt"), countries.keySet())) {
            lines.add(join("R", region[0], region[1], region[2]));
            regions++;
        }
        try (BufferedReader reader = gzipReader(from.resolve("cities15000.txt.gz"))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String city = cityRecord(line.split("\t", -1), countries.keySet());
                if (city != null) {
                    lines.add(city);
                    cities++;
                }
            }
        }
        Writer writer = new OutputStreamWriter(new GZIPOutputStream(nonClosing(out)), StandardCharsets.UTF_8);
        try (writer) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
        return new Summary(countries.size(), regions, cities);
    }

    /** What the resource holds. */
    public record Summary(int countries, int regions, int cities) {}

    private static final class Country {
        final String code;
        final String name;
        final long population;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();

        Country(String code, String name, long population) {
            this.code = code;
            this.name = name;
            this.population = population;
        }
    }

    private static Map<String, Country> readCountries(Path countryInfo) throws IOException {
        Map<String, Country> countries = new TreeMap<>();
        for (String line : Files.readAllLines(countryInfo, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String code = f[0];
            if (!OBSOLETE_COUNTRIES.contains(code)) {
                String geoNamesName = f[4].strip();
                Country country = new Country(code, COUNTRY_NAMES.getOrDefault(code, geoNamesName), number(f[7]));
                addAlias(country, geoNamesName);
                countries.put(code, country);
            }
        }
        return countries;
    }

    private static void addMledoze(Path countriesJson, Map<String, Country> countries) throws IOException {
        JsonNode all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(countriesJson))) {
            all = new ObjectMapper().readTree(in);
        }
        for (JsonNode node : all) {
            Country country = countries.get(node.path("cca2").asText());
            if (country == null) {
                continue;
            }
            addAlias(country, node.path("name").path("common").asText());
            addAlias(country, node.path("name").path("official").asText());
            node.path("altSpellings").forEach(alias -> addAlias(country, alias.asText()));
            JsonNode english = node.path("demonyms").path("eng");
            for (String gender : List.of("m", "f")) {
                addDemonym(country, english.path(gender).asText());
            }
        }
        EXTRA_DEMONYMS.forEach((code, words) -> {
            Country country = countries.get(code);
            if (country != null) {
                words.forEach(word -> addDemonym(country, word));
            }
        });
    }

    private static void addWikidataAliases(Path aliasesCsv, Map<String, Country> countries) throws IOException {
        try (BufferedReader reader = gzipReader(aliasesCsv)) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = Csv.fields(line);
                // "en", "en-gb", "en-ca", …: Britain is only the en-gb label of the United Kingdom
                if (f.size() >= 5 && f.get(2).startsWith("en")) {
                    Country country = countries.get(f.get(1));
                    if (country != null) {
                        addAlias(country, f.get(4));
                    }
                }
            }
        }
    }

    private static void addAlias(Country country, String alias) {
        String name = alias.strip();
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        String key = PlaceKeys.of(name);
        boolean shortCode = key.replace(" ", "").length() <= 3;
        if (name.isEmpty()
                || !LATIN_NAME.matcher(name).matches()
                || name.contains(",")
                || (shortCode && !(SHORT_COUNTRY_ALIASES.contains(key) && name.equals(name.toUpperCase())))
                || UNWANTED_COUNTRY_ALIASES.contains(key)) {
            return;
        }
        country.aliases.add(name);
    }

    private static void addDemonym(Country country, String demonym) {
        if (demonym.isBlank()) {
            return;
        }
        country.demonyms.add(demonym);
        // "Ukrainians", "Israelis"; "Chinese" and "Swiss" have no plural form of their own
        if (demonym.endsWith("an") || demonym.endsWith("i")) {
            country.demonyms.add(demonym + "s");
        }
    }

    private static List<String[]> readRegions(Path admin1, Set<String> countryCodes) throws IOException {
        List<String[]> regions = new ArrayList<>();
        for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !countryCodes.contains(f[0].substring(0, 2))) {
                continue;
            }
            String name = REGION_NAMES.getOrDefault(f[0], f[1].strip());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(f[2].strip());
            aliases.add(f[1].strip());
            if (REGION_ABBREVIATIONS.containsKey(f[0])) {
                aliases.add(REGION_ABBREVIATIONS.get(f[0]));
            }
            String shortName = REGION_KIND.matcher(name).replaceFirst("");
            if (shortName.length() >= 4) {
                aliases.add(shortName);
            }
            aliases.removeIf(alias -> alias.isEmpty() || PlaceKeys.of(alias).equals(PlaceKeys.of(name)));
            regions.add(new String[] {f[0], name, list(dedupe(aliases))});
        }
        return regions;
    }

    private static String cityRecord(String[] f, Set<String> countryCodes) {
        if (f.length < 15 || SKIPPED_FEATURES.contains(f[7]) || !countryCodes.contains(f[8])) {
            return null;
        }
        String name = f[1].strip();
        Set<String> alternates = new LinkedHashSet<>();
        alternates.add(f[2].strip());
        for (String alternate : f[3].split(",")) {
            String candidate = alternate.strip();
            if (candidate.length() >= 3
                    && !candidate.equals(candidate.toUpperCase())
                    && LATIN_NAME.matcher(candidate).matches()) {
                alternates.add(candidate);
            }
        }
        alternates.removeIf(
                alternate -> alternate.isEmpty() || PlaceKeys.of(alternate).equals(PlaceKeys.of(name)));
        List<String> kept = dedupe(alternates);
        kept = kept.subList(0, Math.min(kept.size(), MAX_CITY_ALTERNATES));
        return join("P", name, f[8], f[10], Long.toString(number(f[14])), f[7], list(kept));
    }

    /** One spelling per key: "Munchen" adds nothing once "München" is there. */
    private static List<String> dedupe(Set<String> names) {
        Map<String, String> byKey = new HashMap<>();
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (byKey.putIfAbsent(PlaceKeys.of(name), name) == null) {
                kept.add(name);
            }
        }
        return kept;
    }

    private static long number(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }

    private static String list(Iterable<String> values) {
        return String.join("|", values);
    }

    private static String join(String... fields) {
        return String.join("\t", fields);
    }

    private static BufferedReader gzipReader(Path path) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8));
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Just enough CSV for the aliases file: commas, and double quotes around fields that hold them. */
    static final class Csv {
        private Csv() {}

        static List<String> fields(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
