package dev.lede.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Which gazetteer names are trusted as names, and the folded form in which spellings of one name meet. */
final class PlaceNameRules {

    /** Names too short to trust unless dotted: two- and three-letter codes collide with words ("CAR", "de"). */
    private static final int SHORTEST_NAME = 4;

    private static final Set<String> SHORT_NAMES = Set.of("US", "USA", "UK", "UAE", "USSR", "PRC");

    private PlaceNameRules() {}

    /** Whether a name can stand alone: capitalised, and long, a known short name or dotted ("U.S."). */
    static boolean trustworthy(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        long letters = name.chars().filter(Character::isLetter).count();
        return letters >= SHORTEST_NAME || SHORT_NAMES.contains(name) || (name.contains(".") && letters >= 2);
    }

    /** Lower case, no accents, dots or apostrophes, single spaces: "U.S." and "us" meet. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.'’]", "")
                .replaceAll("[\\s-]+", " ")
                .strip();
    }
}
