package dev.lede.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which other names of its entities an article writes, so that a reader sees each entity marked where the text names
 * it: "U.S." for United States, "George Bush" for George W Bush, "EU" for European Union.
 *
 * <p>A name counts where the text has it as a whole word, as written or in capitals (a headline in capitals), never in
 * another case: "us" is not the US, nor "fed" the Fed. A name of two to five capital letters is also looked for with
 * a dot after each letter ("U.S.", "U.K."), as news writes them.
 */
final class WrittenNames {

    private static final int MAX_DOTTED_LETTERS = 5;

    private WrittenNames() {}

    /**
     * @param text the article's title and body
     * @param namesByValue each entity value shown for the article, with the other names it is known by
     * @return each value the text names by another name, with those names as found, in the order given; values it
     *     names only as shown are left out
     */
    static Map<String, List<String>> in(String text, Map<String, List<String>> namesByValue) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        namesByValue.forEach((value, names) -> {
            Set<String> written = new LinkedHashSet<>();
            for (String name : names) {
                for (String form : forms(name)) {
                    if (!form.equalsIgnoreCase(value) && containsWord(text, form)) {
                        written.add(form);
                    }
                }
            }
            if (!written.isEmpty()) {
                found.put(value, List.copyOf(written));
            }
        });
        return found;
    }

    /** The name, and for a short name in capitals its dotted form. */
    static List<String> forms(String name) {
        List<String> forms = new ArrayList<>();
        String trimmed = name.strip();
        if (trimmed.length() < 2) {
            return forms;
        }
        forms.add(trimmed);
        if (trimmed.length() <= MAX_DOTTED_LETTERS && trimmed.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            StringBuilder dotted = new StringBuilder();
            trimmed.chars().forEach(c -> dotted.append((char) c).append('.'));
            forms.add(dotted.toString());
        }
        return forms;
    }

    /** Whether {@code text} has {@code name} as written or in capitals, not inside a longer word. */
    static boolean containsWord(String text, String name) {
        return containsExactWord(text, name) || containsExactWord(text, name.toUpperCase(Locale.ROOT));
    }

    private static boolean containsExactWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!isWordCharacterAt(text, at - 1) && !isWordCharacterAt(text, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordCharacterAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.codePointAt(index));
    }
}
