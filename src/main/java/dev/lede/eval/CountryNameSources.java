package dev.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads every country name the shared gazetteer knows, with its ISO code: GeoNames' {@code countryInfo.txt}, then the
 * names and spellings of {@code countries.json.gz} and the English aliases of {@code country_aliases.csv.gz} not yet
 * taken, then {@link EraCountryNames}.
 */
final class CountryNameSources {

    private CountryNameSources() {}

    /** Country name as written → ISO code. */
    static Map<String, String> read(Path gazetteerDir) {
        Map<String, String> countries = new HashMap<>();
        List<String[]> countryInfo = GazetteerFiles.lines(gazetteerDir.resolve("countryInfo.txt"), false).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .toList();
        for (String[] row : countryInfo) {
            countries.put(row[4], row[0]);
        }
        readCountriesJson(gazetteerDir.resolve("countries.json.gz"), countries);
        for (String line : GazetteerFiles.lines(gazetteerDir.resolve("country_aliases.csv.gz"), true)) {
            String[] row = line.split(",", 6);
            if (row.length == 6 && row[2].equals("en") && row[1].length() == 2) {
                countries.putIfAbsent(row[4].replaceFirst("^(?i)the ", ""), row[1]);
            }
        }
        EraCountryNames.addTo(countries);
        return countries;
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
}
