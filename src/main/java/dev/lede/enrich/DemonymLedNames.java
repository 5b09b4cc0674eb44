package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name the recogniser took with the nationality written before it, as sports and wire copy write it
 * ("Briton Karl Keska", "Kenyans Evans Rutto"), is the name without it. Only a name of three words or more loses its
 * first: in "German Gref" the first word is the given name. A word for a person of a nation alone ("the 22-year-old
 * Scot", "the Dane's agent") names nobody and is left out.
 */
final class DemonymLedNames {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int SHORTEST_WITH_NATIONALITY = 3;

    /**
     * Nouns for a person of a nation or a place that sports copy writes instead of the name. Not "Finn" nor "Pole",
     * which are names too.
     */
    private static final Set<String> NATIONALITY_NOUNS = Set.of(
            "Aussie",
            "Brit",
            "Briton",
            "Cornishman",
            "Dane",
            "Dutchman",
            "Englishman",
            "Englishwoman",
            "Frenchman",
            "Frenchwoman",
            "Geordie",
            "Icelander",
            "Irishman",
            "Irishwoman",
            "Kiwi",
            "Scot",
            "Scotsman",
            "Scotswoman",
            "Scouser",
            "Spaniard",
            "Swede",
            "Ulsterman",
            "Welshman",
            "Welshwoman",
            "Yorkshireman");

    private DemonymLedNames() {}

    static List<String> without(List<String> people, Gazetteer gazetteer) {
        return people.stream()
                .filter(name -> !NATIONALITY_NOUNS.contains(name.strip()))
                .map(name -> without(name, gazetteer))
                .toList();
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
