package dev.lede.enrich.places;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A country as {@link GazetteerBuilder} collects it: name and population, then aliases and demonyms from each source. */
final class CountryEntry {
    final String code;
    final String name;
    final long population;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> demonyms = new LinkedHashSet<>();

    CountryEntry(String code, String name, long population) {
        this.code = code;
        this.name = name;
        this.population = population;
    }

    void addAlias(String alias) {
        AlternateNames.countryAlias(alias).ifPresent(aliases::add);
    }

    void addDemonym(String demonym) {
        if (demonym.isBlank()) {
            return;
        }
        demonyms.add(demonym);
        // "Ukrainians", "Israelis"; "Chinese" and "Swiss" have no plural form of their own
        if (demonym.endsWith("an") || demonym.endsWith("i")) {
            demonyms.add(demonym + "s");
        }
    }

    /** Its C record, and its D record when it has demonyms; an alias that only respells the name is left out. */
    List<String> records() {
        aliases.removeIf(alias -> PlaceKeys.of(alias).equals(PlaceKeys.of(name)));
        String country =
                GazetteerFormat.record("C", code, name, Long.toString(population), GazetteerFormat.list(aliases));
        if (demonyms.isEmpty()) {
            return List.of(country);
        }
        return List.of(country, GazetteerFormat.record("D", code, GazetteerFormat.list(demonyms)));
    }
}
