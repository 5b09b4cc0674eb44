package dev.lede.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the country each city and region name lies in: the cities of {@code cities15000.txt.gz}, then the
 * first-level regions of {@code admin1CodesASCII.txt}, each also in capitals.
 */
final class PlaceCountries {

    private PlaceCountries() {}

    /** Cities under their name and ASCII name, the most populous bearer winning; then regions not yet taken. */
    static void addTo(Path gazetteerDir, Map<String, String> placeCountry) {
        Map<String, Long> population = new HashMap<>();
        for (String line : GazetteerFiles.lines(gazetteerDir.resolve("cities15000.txt.gz"), true)) {
            String[] row = line.split("\t", -1);
            long people = row[14].isEmpty() ? 0 : Long.parseLong(row[14]);
            for (String name : new LinkedHashSet<>(List.of(row[1], row[2]))) {
                if (PlaceNameRules.trustworthy(name) && people > population.getOrDefault(name, -1L)) {
                    population.put(name, people);
                    placeCountry.put(name, row[8]);
                }
            }
        }
        Set<String> cities = new HashSet<>(placeCountry.keySet());
        for (String line : GazetteerFiles.lines(gazetteerDir.resolve("admin1CodesASCII.txt"), false)) {
            String[] row = line.split("\t", -1);
            String iso = row[0].substring(0, row[0].indexOf('.'));
            for (String name : new LinkedHashSet<>(List.of(row[1], row[2]))) {
                if (PlaceNameRules.trustworthy(name) && !cities.contains(name)) {
                    placeCountry.putIfAbsent(name, iso);
                }
            }
        }
        for (String name : new ArrayList<>(placeCountry.keySet())) {
            String shouted = name.toUpperCase(Locale.ROOT);
            placeCountry.putIfAbsent(shouted, placeCountry.get(name));
        }
    }
}
