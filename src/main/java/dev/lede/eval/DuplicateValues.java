package dev.lede.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds facet values that still name one entity twice. People: one name's words lie within the other's ("Baker" and
 * "James Baker"), or the two are one name apart from initials, case, accents and dots ("James A. Baker"). Places:
 * the same name apart from case, accents, dots and a leading "the" ("U.S." and "US"), or two names the gazetteer
 * puts in the same country when both are country names ("U.S." and "United States").
 */
public final class DuplicateValues {

    /** Two values that look like one entity, and why. */
    public record Pair(String first, String second, String reason) {}

    private DuplicateValues() {}

    public static List<Pair> people(List<String> values) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                String a = values.get(i);
                String b = values.get(j);
                personReason(a, b).ifPresent(reason -> pairs.add(new Pair(a, b, reason)));
            }
        }
        return pairs;
    }

    /**
     * @param countryOfCountryName the country a country name stands for ("U.S." → US), empty for other names
     */
    public static List<Pair> places(List<String> values, Function<String, Optional<String>> countryOfCountryName) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                String a = values.get(i);
                String b = values.get(j);
                if (fold(a).equals(fold(b))) {
                    pairs.add(new Pair(a, b, "same name written differently"));
                    continue;
                }
                Optional<String> countryA = countryOfCountryName.apply(a);
                if (countryA.isPresent() && countryA.equals(countryOfCountryName.apply(b))) {
                    pairs.add(new Pair(a, b, "both name the country " + countryA.get()));
                }
            }
        }
        return pairs;
    }

    static Optional<String> personReason(String a, String b) {
        List<String> wordsA = PersonTags.words(a);
        List<String> wordsB = PersonTags.words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return Optional.empty();
        }
        if (wordsA.equals(wordsB)) {
            return Optional.of("same name written differently");
        }
        List<String> fullA = withoutInitials(wordsA);
        List<String> fullB = withoutInitials(wordsB);
        if (fullA.equals(fullB) && !fullA.isEmpty()) {
            return Optional.of("same name apart from initials");
        }
        List<String> shorter = fullA.size() <= fullB.size() ? fullA : fullB;
        List<String> longer = shorter == fullA ? fullB : fullA;
        if (!shorter.isEmpty() && Collections.indexOfSubList(longer, shorter) >= 0) {
            return Optional.of("one name is part of the other");
        }
        return Optional.empty();
    }

    private static List<String> withoutInitials(List<String> words) {
        return words.stream().filter(word -> word.length() > 1).toList();
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^the ", "")
                .replaceAll("[.'’]", "")
                .replaceAll("[\\s-]+", " ")
                .strip();
    }
}
