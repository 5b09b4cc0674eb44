package dev.lede.enrich.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The area a story writes right after a town's name, as an address does: "Covington, La.", "Paris, Texas", "Moscow,
 * Idaho". A list goes on after its comma ("Boston, Texas and Ohio", "New York, California, North Carolina"), so a name
 * followed by "and", "or" or a comma and another capitalised word qualifies nothing; an abbreviation ("La.") is never
 * an item of such a list. One word is no name where a second capitalised one follows ("Cordoba, La Pampa").
 */
final class TownQualifiers {

    /**
     * One or two capitalised words, dots and all ("La.", "N.J.", "W. Va.", "New Mexico"), after a comma; not the
     * start of a longer word ("Uruguay's").
     */
    private static final Pattern QUALIFIER = Pattern.compile(",[ \\t]+(?<first>\\p{Lu}[\\p{L}\\p{M}.]*)(?![\\p{L}'’])"
            + "(?:\\s(?<second>\\p{Lu}[\\p{L}\\p{M}.]*)(?![\\p{L}'’]))?");

    private static final Pattern LIST_GOES_ON = Pattern.compile(",?\\s+(?:and|or)\\b|\\s*&|,\\s+\\p{Lu}");

    private TownQualifiers() {}

    /**
     * What may qualify the name where the text first writes it with an area after its comma, the longer reading first
     * ("W. Va.", then "W."); none when it never does.
     */
    static List<String> after(String name, String text) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!isWordStart(text, at)) {
                continue;
            }
            Matcher m = QUALIFIER.matcher(text).region(end, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            List<String> readings = new ArrayList<>(2);
            if (m.group("second") != null && isQualifier(m.group("second"), text, m.end("second"))) {
                readings.add(m.group("first") + " " + m.group("second"));
            }
            if (m.group("second") == null && isQualifier(m.group("first"), text, m.end("first"))
                    || m.group("first").endsWith(".")) {
                readings.add(m.group("first"));
            }
            if (!readings.isEmpty()) {
                return List.copyOf(readings);
            }
        }
        return List.of();
    }

    private static boolean isQualifier(String lastWord, String text, int end) {
        return lastWord.endsWith(".")
                || !LIST_GOES_ON.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean isWordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
