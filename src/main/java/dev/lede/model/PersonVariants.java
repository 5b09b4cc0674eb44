package dev.lede.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the person values of a whole index that name the same person, as automatic merges: spelling and
 * transliteration variants ("Zelensky", "Zelenskyy"), casing, middle initials ("Donald J. Trump"), and a bare surname
 * when exactly one full name in the index ends with it. Different people with one surname stay apart. The label is
 * the variant most articles use, the longer on a tie. Curation by a person is applied after these, so a split wins.
 */
public final class PersonVariants {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z ]");

    private PersonVariants() {}

    /** @param articlesPerName how many articles use each indexed person value */
    public static List<CurationChange> merges(Map<String, Long> articlesPerName) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String name : articlesPerName.keySet()) {
            String key = key(name);
            if (!key.isEmpty() && key.contains(" ")) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            }
        }
        List<CurationChange> merges = new ArrayList<>();
        Map<String, String> labelOfGroup = new HashMap<>();
        groups.forEach((key, names) -> {
            String label = mostUsed(names, articlesPerName);
            labelOfGroup.put(key, label);
            names.stream().filter(name -> !name.equals(label)).forEach(name -> merges.add(merge(name, label)));
        });
        merges.addAll(surnameMerges(articlesPerName, labelOfGroup));
        return merges;
    }

    /**
     * A one-word value joins the full name whose surname it is when the index makes that unambiguous: it is the only
     * full name with that surname, or it has many times the articles of the next one (Ronald Reagan next to a rare
     * Nancy Reagan, or to "But Reagan" swept in from a sentence start);
     * "Johnson" beside Boris Johnson and Lyndon Johnson stays apart.
     */
    private static List<CurationChange> surnameMerges(Map<String, Long> articlesPerName, Map<String, String> labels) {
        Map<String, List<String>> bySpelledSurname = new HashMap<>();
        Map<String, List<String>> bySoundedSurname = new HashMap<>();
        labels.forEach((key, label) -> {
            bySoundedSurname
                    .computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), s -> new ArrayList<>())
                    .add(label);
            bySpelledSurname
                    .computeIfAbsent(lastWord(label), s -> new ArrayList<>())
                    .add(label);
        });
        List<CurationChange> merges = new ArrayList<>();
        for (String name : articlesPerName.keySet()) {
            String key = key(name);
            if (key.isEmpty() || key.contains(" ")) {
                continue;
            }
            // The surname as spelled decides first: "Reagan" is not "Donald Regan", though they sound alike.
            List<String> candidates = bySpelledSurname.getOrDefault(lastWord(name), List.of());
            if (candidates.isEmpty()) {
                candidates = bySoundedSurname.getOrDefault(key, List.of());
            }
            dominant(candidates, articlesPerName).ifPresent(fullName -> merges.add(merge(name, fullName)));
        }
        return merges;
    }

    private static String lastWord(String name) {
        String plain = plainLetters(name).trim();
        return plain.substring(plain.lastIndexOf(' ') + 1);
    }

    /** How many times more articles the leading full name of a surname needs than the next one to own the surname. */
    private static final int DOMINANCE = 5;

    private static Optional<String> dominant(List<String> candidates, Map<String, Long> articlesPerName) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> byUse = candidates.stream()
                .sorted(Comparator.comparingLong((String name) -> articlesPerName.get(name))
                        .reversed())
                .toList();
        long top = articlesPerName.get(byUse.getFirst());
        long next = byUse.size() > 1 ? articlesPerName.get(byUse.get(1)) : 0;
        return top >= DOMINANCE * next ? Optional.of(byUse.getFirst()) : Optional.empty();
    }

    private static String mostUsed(List<String> names, Map<String, Long> articlesPerName) {
        return names.stream()
                .max(Comparator.<String>comparingLong(articlesPerName::get)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    /**
     * What two spellings of one name share: lower case, no accents, no initials, and common transliteration
     * differences evened out ("ks"/"x", "y"/"i", doubled letters, a vowel before a final consonant). The first
     * name's last letter is kept, so that Maria and Mario stay two people.
     */
    public static String key(String name) {
        String letters = plainLetters(name);
        List<String> tokens = new ArrayList<>();
        for (String token : letters.trim().split("\\s+")) {
            if (token.length() > 1) {
                tokens.add(token);
            }
        }
        List<String> keys = new ArrayList<>();
        for (String token : tokens) {
            keys.add(tokenKey(token));
        }
        return String.join(" ", keys);
    }

    /** Lower case, no accents, letters and spaces only. */
    private static String plainLetters(String name) {
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER
                .matcher(plain.toLowerCase(Locale.ROOT).replace('-', ' '))
                .replaceAll("");
    }

    private static String tokenKey(String token) {
        String t = token.replace("ks", "x")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("w", "v")
                .replace("y", "i")
                .replace("j", "i");
        t = t.replaceAll("(.)\\1+", "$1");
        char last = t.charAt(t.length() - 1);
        // Vowels inside the word vary most between transliterations; keep the first letter and the ending.
        String skeleton = t.charAt(0) + t.substring(1).replaceAll("[aeiou]", "");
        return skeleton + (isVowel(last) && last != 'i' ? String.valueOf(last) : "");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static CurationChange merge(String value, String into) {
        return new CurationChange(0, Instant.EPOCH, CurationAction.MERGE, FacetField.PERSON, value, into);
    }
}
