package dev.lede.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A town's or region's name as English news writes it, where GeoNames' differs: a name of its own in English
 * ("Cologne" for Köln, "Geneva" for Genève, "Mecca" for Makkah; {@code english-place-names.tsv}), or a name
 * transliterated from another script without the scholarly marks news leaves out ("Herat" for Herāt, "Rafah" for
 * Rafaḩ). A name in its own Latin script keeps its letters ("Zürich", "Kraków", "São Paulo"). The gazetteer still
 * resolves by GeoNames' names; only the values shown change.
 */
final class PlaceLabels {

    private static final String RESOURCE = "/dev/lede/enrich/english-place-names.tsv";

    /** Macron, dot below, breve below, line below: marks of transliteration tables, which news does not write. */
    private static final Pattern TRANSLITERATION_MARKS = Pattern.compile("[\u0304\u0323\u032E\u0331]");

    /** H and d with a cedilla: Arabic letters in transliteration tables, in no Latin alphabet ("Rafaḩ"). */
    private static final Pattern TRANSLITERATION_LETTERS = Pattern.compile("[ḩḨḑḐ]");

    /** Every combining mark, taken off together with those above so that no name is left half plain. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The ʿayn as transliterations write it ("Al ‘Amārah"), which news leaves out. */
    private static final Pattern AYN = Pattern.compile("[ʻʿ‘]");

    /** The hamza as transliterations write it ("Ta’if"), which news writes as an apostrophe or not at all. */
    private static final Pattern HAMZA = Pattern.compile("[’ʼʾ]");

    private final Map<String, String> englishNames;

    private PlaceLabels(Map<String, String> englishNames) {
        this.englishNames = englishNames;
    }

    static PlaceLabels load() {
        InputStream in = PlaceLabels.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    names.put(key(f[0].strip(), f[1].strip()), f[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PlaceLabels(names);
    }

    /**
     * The name a place value shows: a country's as it is, a town's or region's as English news writes it. The table of
     * English names is of towns: a region that shares a town's GeoNames name keeps its own (the province of Quebec is
     * no "Quebec City").
     *
     * @param nameKey the {@link PlaceKeys} key of the place's GeoNames name, which the gazetteer's load has at hand
     */
    String of(Place place, String nameKey) {
        if (place.kind() == Place.PlaceKind.COUNTRY) {
            return place.name();
        }
        String english =
                place.kind() == Place.PlaceKind.CITY ? englishNames.get(nameKey + "/" + place.countryCode()) : null;
        return english != null ? english : withoutTransliterationMarks(place.name());
    }

    static String withoutTransliterationMarks(String name) {
        if (!mayHaveTransliterationMarks(name)) {
            return name;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        boolean transliterated = TRANSLITERATION_MARKS.matcher(decomposed).find()
                || TRANSLITERATION_LETTERS.matcher(name).find()
                || AYN.matcher(name).find()
                || HAMZA.matcher(name).find();
        if (!transliterated) {
            return name;
        }
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = HAMZA.matcher(AYN.matcher(plain).replaceAll("")).replaceAll("'");
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    private static String key(String name, String countryCode) {
        return PlaceKeys.of(name) + "/" + countryCode;
    }

    /** The vowels with a macron, as single characters. */
    private static final String MACRON_VOWELS = "ĀāĒēĪīŌōŪū";

    /**
     * Whether the name has a letter or mark a transliteration table may have put there: a combining mark, a letter of
     * Latin Extended Additional (ḩ, ṟ, ẖ), a vowel with a macron, an ʿayn or a hamza. Most names have none, and the
     * gazetteer asks about every place at each start.
     */
    private static boolean mayHaveTransliterationMarks(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x0100
                    && ((c >= 0x0300 && c <= 0x036F)
                            || (c >= 0x1E00 && c <= 0x1EFF)
                            || (c >= 0x02BB && c <= 0x02BF)
                            || c == '‘'
                            || c == '’'
                            || MACRON_VOWELS.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
