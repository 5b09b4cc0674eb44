package dev.lede.eval;

import java.util.Map;
import java.util.Set;

/** Names of the 1987 newswire and everyday names that the gazetteer files lack, and which are not the country itself. */
final class EraCountryNames {

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

    private EraCountryNames() {}

    /** Puts these names into a name → ISO code map, over any reading the files gave them. */
    static void addTo(Map<String, String> countries) {
        ERA_NAMES.forEach(countries::put);
    }

    static boolean isNotTheCountryItself(String name) {
        return NOT_THE_COUNTRY_ITSELF.contains(name);
    }
}
