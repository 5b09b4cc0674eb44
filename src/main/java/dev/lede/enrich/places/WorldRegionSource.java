package dev.lede.enrich.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The continents and parts of the world that mledoze's {@code countries.json.gz} files each country under ("Africa",
 * "Eastern Africa", "South-Eastern Asia"), with the forms news writes them in ("East Africa", "Southeast Asia"). They
 * are no country, region or city, however many towns share their name or once bore it.
 */
final class WorldRegionSource {

    private static final List<String> SIDES = List.of("north", "south", "east", "west");

    private WorldRegionSource() {}

    /** One W record a part of the world, in name order; forms that name a country are left out. */
    static List<String> records(Path countriesJson, Collection<CountryEntry> countries) throws IOException {
        Set<String> countryKeys = new HashSet<>();
        for (CountryEntry country : countries) {
            countryKeys.add(PlaceKeys.of(country.name));
            country.aliases.forEach(alias -> countryKeys.add(PlaceKeys.of(alias)));
        }
        List<String> records = new ArrayList<>();
        for (String name : names(countriesJson)) {
            if (countryKeys.contains(PlaceKeys.of(name))) {
                continue;
            }
            List<String> others = forms(name).stream()
                    .filter(form -> !form.equals(name) && !countryKeys.contains(PlaceKeys.of(form)))
                    .toList();
            records.add(GazetteerFormat.record("W", name, GazetteerFormat.list(others)));
        }
        return records;
    }

    private static Set<String> names(Path countriesJson) throws IOException {
        JsonNode all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(countriesJson))) {
            all = new ObjectMapper().readTree(in);
        }
        Set<String> names = new TreeSet<>();
        for (JsonNode country : all) {
            for (String field : List.of("region", "subregion")) {
                String name = country.path(field).asText().strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The name and, when it starts with a compass direction, that direction as an adjective and as a noun, joined,
     * hyphenated and spaced: "Eastern Africa" → "East Africa"; "South-Eastern Asia" → "Southeast Asia",
     * "South-East Asia", "Southeastern Asia".
     */
    private static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>(List.of(name));
        int space = name.indexOf(' ');
        if (space < 0) {
            return forms;
        }
        List<String> sides = sides(name.substring(0, space));
        if (sides.isEmpty()) {
            return forms;
        }
        String rest = name.substring(space);
        for (String noun : joinings(sides)) {
            forms.add(noun + rest);
            forms.add(noun + "ern" + rest);
        }
        return forms;
    }

    /** "South-Eastern" → [south, east]; "West" → [west]; "Central" → []. */
    private static List<String> sides(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("-", "").replace("ern", "");
        for (String first : SIDES) {
            if (lower.equals(first)) {
                return List.of(first);
            }
        }
        for (String first : List.of("north", "south")) {
            for (String second : List.of("east", "west")) {
                if (lower.equals(first + second)) {
                    return List.of(first, second);
                }
            }
        }
        return List.of();
    }

    private static List<String> joinings(List<String> sides) {
        if (sides.size() == 1) {
            return List.of(capitalised(sides.get(0)));
        }
        String first = capitalised(sides.get(0));
        return List.of(
                first + sides.get(1), first + "-" + capitalised(sides.get(1)), first + " " + capitalised(sides.get(1)));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
