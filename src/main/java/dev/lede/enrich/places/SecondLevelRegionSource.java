package dev.lede.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads GeoNames' {@code admin2Codes.txt.gz} as S records, for the countries whose first level has at most {@value
 * #MAX_FIRST_LEVEL_PARTS} parts. There news names the second level ("Kent", "Cornwall", "County Cork"), which would
 * otherwise go to a town abroad named after it (Kent, Washington; Cornwall, Ontario); the first level ("England",
 * "Munster") is too coarse to be what a story names.
 */
final class SecondLevelRegionSource {

    static final int MAX_FIRST_LEVEL_PARTS = 4;

    /** "Borough of Thurrock", "City and County of Swansea": a formal name that news writes without its kind. */
    private static final Pattern KIND_OF = Pattern.compile(
            "^(?:(?:Royal|Metropolitan) )?(?:City and )?(?:Borough|County|City|District)(?: and County)? of ");

    /** A second-level code: country, first level, second level ("GB.ENG.G5"). */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\.[^.]+\\.[^.]+");

    /** "County Cork": a name news writes both ways. */
    private static final Pattern COUNTY_BEFORE = Pattern.compile("^County ");

    private SecondLevelRegionSource() {}

    /** The S records of the second-level regions of the given countries whose first level is small, in file order. */
    static List<String> records(Path admin1, Path admin2, Set<String> countryCodes) throws IOException {
        Map<String, Integer> firstLevelParts = firstLevelParts(admin1);
        List<String> records = new ArrayList<>();
        try (BufferedReader reader = SourceFiles.gzipReader(admin2)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 3 || !CODE.matcher(f[0]).matches()) {
                    continue;
                }
                String country = f[0].substring(0, 2);
                if (countryCodes.contains(country)
                        && firstLevelParts.getOrDefault(country, 0) <= MAX_FIRST_LEVEL_PARTS) {
                    records.add(record(f));
                }
            }
        }
        return records;
    }

    private static String record(String[] f) {
        String formal = f[1].strip();
        String name = KIND_OF.matcher(formal).replaceFirst("");
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(formal);
        aliases.add(f[2].strip());
        String withoutKind =
                RegionSource.withoutKind(COUNTY_BEFORE.matcher(name).replaceFirst(""));
        if (withoutKind.length() >= 4) {
            aliases.add(withoutKind);
        }
        aliases.removeIf(alias -> alias.isEmpty() || PlaceKeys.of(alias).equals(PlaceKeys.of(name)));
        return GazetteerFormat.record("S", f[0], name, GazetteerFormat.list(AlternateNames.dedupe(aliases)));
    }

    private static Map<String, Integer> firstLevelParts(Path admin1) throws IOException {
        Map<String, Integer> parts = new HashMap<>();
        for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
            if (line.length() >= 2 && !line.startsWith("#")) {
                parts.merge(line.substring(0, 2), 1, Integer::sum);
            }
        }
        return parts;
    }
}
