package dev.lede.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads GeoNames' {@code cities15000.txt.gz} as P records, skipping abandoned, historical and similar places, with
 * the alternate names an English text may use.
 */
final class CitySource {

    /** Alternate names kept per city: enough for the exonyms news uses, few enough to keep the file small. */
    static final int MAX_CITY_ALTERNATES = 100;

    /** Historical, abandoned and destroyed places and religious centres; a city's sections ("Chelsea") are kept. */
    private static final Set<String> SKIPPED_FEATURES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

    /** "LA", "L.A.", "L.A": two capital letters, each maybe followed by a dot. */
    private static final Pattern TWO_INITIALS = Pattern.compile("\\p{Lu}\\.?\\p{Lu}\\.?");

    private CitySource() {}

    /** The P records of the cities in the given countries, in file order. */
    static List<String> records(Path cities, Set<String> countryCodes) throws IOException {
        List<String> records = new ArrayList<>();
        try (BufferedReader reader = SourceFiles.gzipReader(cities)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String city = record(line.split("\t", -1), countryCodes);
                if (city != null) {
                    records.add(city);
                }
            }
        }
        return records;
    }

    private static String record(String[] f, Set<String> countryCodes) {
        if (f.length < 15 || SKIPPED_FEATURES.contains(f[7]) || !countryCodes.contains(f[8])) {
            return null;
        }
        String name = f[1].strip();
        Set<String> alternates = new LinkedHashSet<>();
        alternates.add(f[2].strip());
        int nameCount = 0;
        for (String alternate : f[3].split(",")) {
            String candidate = alternate.strip();
            nameCount += candidate.isEmpty() ? 0 : 1;
            if (AlternateNames.isCityAlternate(candidate)) {
                alternates.add(candidate);
            }
        }
        alternates.removeIf(
                alternate -> alternate.isEmpty() || PlaceKeys.of(alternate).equals(PlaceKeys.of(name)));
        List<String> kept = AlternateNames.dedupe(alternates);
        kept = kept.subList(0, Math.min(kept.size(), MAX_CITY_ALTERNATES));
        long population = SourceFiles.number(f[14]);
        return GazetteerFormat.record(
                "P",
                name,
                f[8],
                f[10],
                Long.toString(population),
                f[7],
                GazetteerFormat.list(kept),
                Integer.toString(nameCount),
                GazetteerFormat.list(initials(f[3], population)));
    }

    /**
     * A great city's two-letter names in capitals ("LA", "L.A.", "HK"), which news writes for the few cities that have
     * one. The three-letter ones GeoNames lists are mostly airport codes ("LAX", "MUC"), so they stay out.
     */
    static List<String> initials(String alternates, long population) {
        if (population < PlaceResolver.GREAT_CITY_POPULATION) {
            return List.of();
        }
        Set<String> initials = new LinkedHashSet<>();
        for (String alternate : alternates.split(",")) {
            if (TWO_INITIALS.matcher(alternate.strip()).matches()) {
                initials.add(alternate.strip());
            }
        }
        return List.copyOf(initials);
    }
}
