package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place that opens an organisation's name, read by the recognizer as the place and the rest ("UK" and
 * "Independence Party" of "UK Independence Party"), is one organisation with it when the story also writes the whole
 * name's acronym ("UKIP"): the acronym shows the place is part of the name. The name's initials are those of its
 * capitalised words, a word written in capitals giving all its letters ("UK"). The rest written alone elsewhere in the
 * story ("the Independence Party said") is that organisation too.
 */
final class PlacesOpeningNames {

    /** Words an acronym skips. */
    private static final Set<String> MINOR_WORDS = Set.of("of", "and", "for", "the", "&");

    private static final int SHORTEST_ACRONYM = 3;

    private PlacesOpeningNames() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Map<String, String> wholeOfRest = new HashMap<>();
        Map<String, Integer> placesInNames = new HashMap<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            EntityMention place = mentions.get(i);
            EntityMention rest = mentions.get(i + 1);
            if (place.kind() != EntityKind.PLACE || rest.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            String whole = place.text().strip() + " " + rest.text().strip();
            if (isWrittenTogether(text, place.text().strip(), rest.text().strip()) && isAcronymWritten(text, whole)) {
                wholeOfRest.put(rest.text().strip(), whole);
                placesInNames.merge(place.text().strip(), 1, Integer::sum);
            }
        }
        if (wholeOfRest.isEmpty()) {
            return mentions;
        }
        List<EntityMention> joined = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String name = mention.text().strip();
            if (mention.kind() == EntityKind.PLACE && placesInNames.getOrDefault(name, 0) > 0) {
                placesInNames.merge(name, -1, Integer::sum);
            } else if (mention.kind() == EntityKind.ORGANIZATION && wholeOfRest.containsKey(name)) {
                joined.add(new EntityMention(EntityKind.ORGANIZATION, wholeOfRest.get(name)));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private static boolean isWrittenTogether(String text, String place, String rest) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(place) + "[ ]" + Pattern.quote(rest)
                        + "(?![\\p{L}\\p{N}])")
                .matcher(text)
                .find();
    }

    private static boolean isAcronymWritten(String text, String name) {
        StringBuilder acronym = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            acronym.append(word.equals(word.toUpperCase(Locale.ROOT)) ? word.replace(".", "") : word.substring(0, 1));
        }
        return acronym.length() >= SHORTEST_ACRONYM
                && Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym.toString()) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .find();
    }
}
