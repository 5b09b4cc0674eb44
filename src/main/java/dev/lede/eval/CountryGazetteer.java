package dev.lede.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which country a name stands for, for scoring only, built from the shared gazetteer: country names and English
 * aliases ({@code countryInfo.txt}, {@code countries.json.gz}, {@code country_aliases.csv.gz}), the cities of
 * {@code cities15000.txt.gz} and the first-level regions of {@code admin1CodesASCII.txt}. A city name stands for the
 * country of its most populous bearer ("Paris" → France); a country name wins over a city name.
 *
 * <p>Countries are ISO 3166-1 alpha-2 codes, so that Lede's country names and Reuters' tags meet whatever spelling
 * either uses.
 */
public final class CountryGazetteer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’-]*");
    private static final int LONGEST_NAME_IN_WORDS = 5;

    /** Folded country name → ISO code. */
    private final Map<String, String> countryByName;
    /** Surface form as written (and shouted) → ISO code of the country it names or lies in. */
    private final Map<String, String> placeCountry;

    private CountryGazetteer(Map<String, String> countryByName, Map<String, String> placeCountry) {
        this.countryByName = countryByName;
        this.placeCountry = placeCountry;
    }

    /** Reads the gazetteer folder ({@code ../shared/gazetteer}); takes a second or two. */
    public static CountryGazetteer load(Path gazetteerDir) {
        Map<String, String> countries = CountryNameSources.read(gazetteerDir);
        Map<String, String> countryByName = new HashMap<>();
        Map<String, String> placeCountry = new HashMap<>();
        countries.forEach((name, iso) -> {
            if (PlaceNameRules.trustworthy(name)) {
                countryByName.putIfAbsent(PlaceNameRules.fold(name), iso);
            }
        });
        PlaceCountries.addTo(gazetteerDir, placeCountry);
        countries.forEach((name, iso) -> {
            if (PlaceNameRules.trustworthy(name)) {
                placeCountry.put(name, iso);
                placeCountry.put(name.toUpperCase(Locale.ROOT), iso);
            }
        });
        return new CountryGazetteer(countryByName, placeCountry);
    }

    /** The country a country name stands for, in any case and with or without dots ("U.S.", "us", "USA"). */
    public Optional<String> countryOf(String countryName) {
        String key = PlaceNameRules.fold(countryName.replaceFirst("^(?i)the ", ""));
        return Optional.ofNullable(countryByName.get(key));
    }

    /**
     * The country a country name stands for when the two name one entity: as {@link #countryOf}, but a part ("England") or
     * a former state ("West Germany", "Soviet Union") is not the country it maps to, so it gives nothing for those.
     */
    public Optional<String> sameCountryAs(String countryName) {
        return EraCountryNames.isNotTheCountryItself(countryName.strip()) ? Optional.empty() : countryOf(countryName);
    }

    /** The countries a Reuters place code stands for ("west-germany" → DE); empty when unknown. */
    public Set<String> countriesOfReutersCode(String code) {
        Set<String> fixed = ReutersPlaceCodes.fixed(code);
        if (fixed != null) {
            return fixed;
        }
        return countryOf(code.replace('-', ' ')).map(Set::of).orElse(Set.of());
    }

    /** The place a name stands for, as a city, region or country, by its country; empty when unknown. */
    public Optional<String> countryOfPlace(String placeName) {
        Optional<String> country = countryOf(placeName);
        return country.isPresent() ? country : Optional.ofNullable(placeCountry.get(placeName.strip()));
    }

    /**
     * The countries a text names, itself or by a place in it (a city or region under its most populous reading),
     * matched on whole words as written or in capitals.
     */
    public Set<String> countriesNamedIn(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < LONGEST_NAME_IN_WORDS && i + n < words.size(); n++) {
                if (n > 0) {
                    name.append(' ');
                }
                name.append(words.get(i + n));
                String candidate = name.toString();
                String iso = placeCountry.get(candidate);
                if (iso == null && candidate.endsWith(".")) {
                    iso = placeCountry.get(candidate.substring(0, candidate.length() - 1));
                }
                if (iso != null) {
                    found.add(iso);
                }
            }
        }
        return found;
    }
}
