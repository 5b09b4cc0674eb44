package dev.lede.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches Reuters-21578 person tags ("reagan", "james-baker", "de-la-madrid") to extracted names ("Ronald Reagan",
 * "James A. Baker", "Miguel de la Madrid"). A one-word tag is a surname: any name ending with it matches. A longer
 * tag matches a name ending with all of its words, or a name whose first word is the tag's first word (the given
 * name) and whose last word is the tag's last (the surname).
 */
public final class PersonTags {

    private static final Set<String> GENERATIONAL_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private PersonTags() {}

    /** Whether any of the names is the tagged person. */
    public static boolean anyMatches(String tag, Collection<String> names) {
        return names.stream().anyMatch(name -> matches(tag, name));
    }

    public static boolean matches(String tag, String name) {
        List<String> tagWords = Arrays.asList(tag.toLowerCase(Locale.ROOT).split("-"));
        List<String> nameWords = words(name);
        if (nameWords.isEmpty() || tagWords.isEmpty()) {
            return false;
        }
        if (endsWith(nameWords, tagWords)) {
            return true;
        }
        return tagWords.size() >= 2
                && nameWords.size() >= 2
                && nameWords.getFirst().equals(tagWords.getFirst())
                && nameWords.getLast().equals(tagWords.getLast());
    }

    /** Lower-case words without accents or dots, a generational suffix dropped: "José López Jr." → jose, lopez. */
    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(folded.split(" "));
        if (words.size() > 1 && GENERATIONAL_SUFFIXES.contains(words.getLast())) {
            words = words.subList(0, words.size() - 1);
        }
        return words;
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return words.size() >= suffix.size()
                && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }
}
