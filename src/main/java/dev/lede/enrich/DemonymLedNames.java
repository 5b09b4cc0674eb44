package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's name the recogniser took with the nationality written before it, as sports and wire copy write it
 * ("Briton Karl Keska", "Kenyans Evans Rutto"), is the name without it. Only a name of three words or more loses its
 * first: in "German Gref" the first word is the given name.
 */
final class DemonymLedNames {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int SHORTEST_WITH_NATIONALITY = 3;

    private DemonymLedNames() {}

    static List<String> without(List<String> people, Gazetteer gazetteer) {
        return people.stream().map(name -> without(name, gazetteer)).toList();
    }

    private static String without(String name, Gazetteer gazetteer) {
        String[] words = SPACE.split(name.strip());
        if (words.length < SHORTEST_WITH_NATIONALITY || !gazetteer.isDemonym(words[0])) {
            return name;
        }
        for (int i = 1; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                return name;
            }
        }
        return name.strip().substring(words[0].length()).strip();
    }
}
