package dev.lede.enrich.places;

import dev.lede.model.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether two names of one place are spellings of each other: a transliteration or an old spelling ("Basle" and
 * "Basel", "Kharkov" and "Kharkiv", "Duesseldorf" and "Düsseldorf"), or one name inside the other ("Frankfurt" in
 * "Frankfurt am Main", "St Etienne" in "Saint-Étienne"). "Twickenham" and "Huntsville", a town's former name, are not.
 */
final class Spellings {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A final "h" after a vowel, which transliterations of Arabic and Hebrew write or leave out ("Madinah" and
     * "Medina", "Jeddah" and "Jidda").
     */
    private static final Pattern SILENT_FINAL_H = Pattern.compile("(?<=..[aeiou])h$");

    /** Abbreviations of the first word of many place names, read as the word. */
    private static final Map<String, String> ABBREVIATIONS =
            Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

    /** Edits allowed per letter of the longer spelling: one in four, and at least one. */
    private static final int LETTERS_PER_EDIT = 4;

    private Spellings() {}

    static boolean areVariants(String first, String second) {
        List<String> a = words(first);
        List<String> b = words(second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (close(String.join("", a), String.join("", b))) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        for (int start = 0; start + shorter.size() <= longer.size(); start++) {
            List<String> window = longer.subList(start, start + shorter.size());
            if (close(String.join("", shorter), String.join("", window))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER_OR_DIGIT.split(PlaceKeys.of(name))) {
            if (!word.isEmpty()) {
                String spelled = ABBREVIATIONS.getOrDefault(word, word);
                words.add(SILENT_FINAL_H.matcher(spelled).replaceFirst(""));
            }
        }
        return words;
    }

    private static boolean close(String a, String b) {
        int allowed = Math.max(1, Math.max(a.length(), b.length()) / LETTERS_PER_EDIT);
        return Math.abs(a.length() - b.length()) <= allowed && EditDistance.between(a, b) <= allowed;
    }
}
