package dev.lede.enrich.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the countries from GeoNames' {@code countryInfo.txt}, then adds mledoze's names and demonyms ({@code
 * countries.json.gz}) and Wikidata's English aliases ({@code country_aliases.csv.gz}).
 */
final class CountrySources {

    /** Historic entries in countryInfo.txt (Serbia and Montenegro, Netherlands Antilles). */
    private static final Set<String> OBSOLETE_COUNTRIES = Set.of("CS", "AN");

    /** GeoNames' short names that differ from the usual English of news. */
    private static final Map<String, String> COUNTRY_NAMES = Map.of(
            "NL", "Netherlands",
            "PS", "Palestine",
            "TL", "Timor-Leste",
            "BQ", "Bonaire, Saint Eustatius and Saba");

    /**
     * Demonyms that mledoze does not list, or lists as a country's alternative spelling: mostly the English adjective
     * where mledoze gives the noun ("Philippine" beside "Filipino"), and plurals it leaves out. A singular that is
     * also a common name or word ("Dane", "Finn", "Pole", "Turk") is left out, since it would tell a story's country
     * from a person's name.
     */
    private static final Map<String, List<String>> EXTRA_DEMONYMS = Map.ofEntries(
            Map.entry("SA", List.of("Saudi", "Saudis")),
            Map.entry("GB", List.of("Briton", "Britons", "Brit", "Brits")),
            Map.entry("PH", List.of("Philippine", "Filipinos")),
            Map.entry("IS", List.of("Icelandic", "Icelanders")),
            Map.entry("KZ", List.of("Kazakh", "Kazakhs")),
            Map.entry("UZ", List.of("Uzbek", "Uzbeks")),
            Map.entry("KG", List.of("Kyrgyz")),
            Map.entry("TJ", List.of("Tajik", "Tajiks")),
            Map.entry("AR", List.of("Argentinian", "Argentinians", "Argentines")),
            Map.entry("DK", List.of("Danes")),
            Map.entry("SE", List.of("Swedes")),
            Map.entry("FI", List.of("Finns")),
            Map.entry("ES", List.of("Spaniard", "Spaniards")),
            Map.entry("NL", List.of("Dutchman", "Dutchmen")),
            Map.entry("GR", List.of("Greeks")),
            Map.entry("CZ", List.of("Czechs")),
            Map.entry("SK", List.of("Slovaks")),
            Map.entry("CY", List.of("Cypriots")),
            Map.entry("NZ", List.of("New Zealanders")),
            Map.entry("LU", List.of("Luxembourgers")));

    /** Names news gives a country that the sources leave out as ambiguous, for the country news means by them. */
    private static final Map<String, String> EXTRA_ALIASES = Map.of("Korea", "KR");

    private CountrySources() {}

    /** The countries in the data folder {@code from}, by code in code order. */
    static Map<String, CountryEntry> read(Path from) throws IOException {
        Map<String, CountryEntry> countries = readCountryInfo(from.resolve("countryInfo.txt"));
        addMledoze(from.resolve("countries.json.gz"), countries);
        addWikidataAliases(from.resolve("country_aliases.csv.gz"), countries);
        return countries;
    }

    private static Map<String, CountryEntry> readCountryInfo(Path countryInfo) throws IOException {
        Map<String, CountryEntry> countries = new TreeMap<>();
        for (String line : Files.readAllLines(countryInfo, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String code = f[0];
            if (!OBSOLETE_COUNTRIES.contains(code)) {
                String geoNamesName = f[4].strip();
                CountryEntry country = new CountryEntry(
                        code, COUNTRY_NAMES.getOrDefault(code, geoNamesName), SourceFiles.number(f[7]));
                country.addAlias(geoNamesName);
                countries.put(code, country);
            }
        }
        return countries;
    }

    private static void addMledoze(Path countriesJson, Map<String, CountryEntry> countries) throws IOException {
        JsonNode all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(countriesJson))) {
            all = new ObjectMapper().readTree(in);
        }
        for (JsonNode node : all) {
            CountryEntry country = countries.get(node.path("cca2").asText());
            if (country == null) {
                continue;
            }
            country.addAlias(node.path("name").path("common").asText());
            country.addAlias(node.path("name").path("official").asText());
            node.path("altSpellings").forEach(alias -> country.addAlias(alias.asText()));
            JsonNode english = node.path("demonyms").path("eng");
            for (String gender : List.of("m", "f")) {
                country.addDemonym(english.path(gender).asText());
            }
        }
        EXTRA_DEMONYMS.forEach((code, words) -> {
            CountryEntry country = countries.get(code);
            if (country != null) {
                words.forEach(country::addDemonym);
            }
        });
        EXTRA_ALIASES.forEach((alias, code) -> {
            CountryEntry country = countries.get(code);
            if (country != null) {
                country.addAlias(alias);
            }
        });
    }

    private static void addWikidataAliases(Path aliasesCsv, Map<String, CountryEntry> countries) throws IOException {
        try (BufferedReader reader = SourceFiles.gzipReader(aliasesCsv)) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = Csv.fields(line);
                // "en", "en-gb", "en-ca", …: Britain is only the en-gb label of the United Kingdom
                if (f.size() >= 5 && f.get(2).startsWith("en")) {
                    CountryEntry country = countries.get(f.get(1));
                    if (country != null) {
                        country.addAlias(f.get(4));
                    }
                }
            }
        }
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
