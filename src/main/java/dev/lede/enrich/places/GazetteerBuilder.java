package dev.lede.enrich.places;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the compact gazetteer resource that {@link Gazetteer} reads from the data files in {@code
 * ../shared/gazetteer/} (see its README for origins and licences): GeoNames' {@code countryInfo.txt}, {@code
 * admin1CodesASCII.txt}, {@code admin2Codes.txt.gz} and {@code cities15000.txt.gz}, mledoze's {@code
 * countries.json.gz} and Wikidata's {@code country_aliases.csv.gz}. Run it through {@code lede gazetteer}; the
 * output is deterministic, so re-running it on the same files gives the same bytes.
 *
 * <p>The resource is gzipped UTF-8 text, one record a line, tab-separated, lists joined by {@code |}, comment lines
 * starting with {@code #}:
 *
 * <pre>
 * C  code  name  population  aliases          a country ("US", "United States", 329484123, "U.S.|USA|America|…")
 * D  code  demonyms                           words for its people, which are not places ("American|Americans")
 * R  code  name  aliases  population         a first-level region ("DE.02", "Bavaria", "", 5553796): population
 *                                             is how many people live in the towns the resource lists there
 * S  code  name  aliases                      a second-level region ("GB.ENG.G5", "Kent", ""), where the first has
 *                                             at most four parts
 * P  name  country  region  population  feature  alternates  count  initials
 *                                             a city ("Kyiv", "UA", "12", 2963199, "PPLC", "Kiev|…", 94, ""): count
 *                                             is how many other names GeoNames gives it, in every language; initials
 *                                             the two capitals a great city goes by ("L.A.|LA")
 * W  name  other forms                        a part of the world ("Eastern Africa", "East Africa")
 * </pre>
 */
public final class GazetteerBuilder {

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
        Map<String, CountryEntry> countries = CountrySources.read(from);
        List<String> lines = new ArrayList<>();
        lines.add("# Lede gazetteer, derived by `lede gazetteer` (dev.lede.enrich.places.GazetteerBuilder).");
        lines.add("# Data from GeoNames (https://www.geonames.org/), CC BY 4.0; country names and demonyms from");
        lines.add(
                "# mledoze/countries (ODbL 1.0); country aliases from econandrew/sparql_queries (MIT, Wikidata CC0).");
        lines.add("# This derived database is made available under the Open Database License (ODbL) v1.0.");
        for (CountryEntry country : countries.values()) {
            lines.addAll(country.records());
        }
        List<String> cities = CitySource.records(from.resolve("cities15000.txt.gz"), countries.keySet());
        List<String> regions = withTownPopulations(
                RegionSource.records(from.resolve("admin1CodesASCII.txt"), countries.keySet()), cities);
        lines.addAll(regions);
        List<String> secondLevelRegions = SecondLevelRegionSource.records(
                from.resolve("admin1CodesASCII.txt"), from.resolve("admin2Codes.txt.gz"), countries.keySet());
        lines.addAll(secondLevelRegions);
        lines.addAll(cities);
        List<String> worldRegions = WorldRegionSource.records(from.resolve("countries.json.gz"), countries.values());
        lines.addAll(worldRegions);
        GazetteerFormat.write(lines, out);
        return new Summary(
                countries.size(), regions.size(), secondLevelRegions.size(), cities.size(), worldRegions.size());
    }

    /**
     * The R records with how many people live in the towns listed in each region, which tells Florida the state from
     * Florida, a municipality of Puerto Rico whose town is too small to be listed.
     */
    private static List<String> withTownPopulations(List<String> regions, List<String> cities) {
        Map<String, Long> populations = new HashMap<>();
        for (String city : cities) {
            String[] f = city.split("\t", -1);
            if (!f[3].isEmpty()) {
                populations.merge(f[2] + "." + f[3], Long.parseLong(f[4]), Long::sum);
            }
        }
        return regions.stream()
                .map(region -> region + "\t" + populations.getOrDefault(region.split("\t", 3)[1], 0L))
                .toList();
    }

    /** What the resource holds. */
    public record Summary(int countries, int regions, int secondLevelRegions, int cities, int worldRegions) {}
}
