package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.model.EntityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An event the recognizer took for a place: "London Marathon", "Berlin Film Festival", "Venice Economic Summit". Its
 * place is where it is held, the longest run of its words the gazetteer knows (the latest on a tie: "Flora London
 * Marathon" is London's); one that names no place is no place at all ("Argonaut Games"). A name the gazetteer knows
 * whole stays a place ("Lee's Summit").
 */
final class EventNames {

    /** The last word of an event's name. */
    private static final Set<String> EVENT_WORDS = Set.of(
            "Biennale",
            "Carnival",
            "Championship",
            "Championships",
            "Conference",
            "Expo",
            "Festival",
            "Games",
            "Marathon",
            "Olympiad",
            "Olympics",
            "Prix",
            "Regatta",
            "Summit",
            "Tournament");

    private EventNames() {}

    static List<EntityMention> apply(List<EntityMention> mentions, Gazetteer gazetteer) {
        return mentions.stream()
                .flatMap(mention -> mention.kind() == EntityKind.PLACE
                        ? hostOrSelf(mention, gazetteer).stream()
                        : Stream.of(mention))
                .toList();
    }

    /** The place itself, the place its event is held in, or nothing for an event held nowhere the gazetteer knows. */
    private static Optional<EntityMention> hostOrSelf(EntityMention mention, Gazetteer gazetteer) {
        List<String> words =
                Arrays.asList(NameText.normalizeWhitespace(mention.text()).split(" "));
        if (words.size() < 2
                || !EVENT_WORDS.contains(words.getLast())
                || !gazetteer.candidates(String.join(" ", words)).isEmpty()) {
            return Optional.of(mention);
        }
        return host(words.subList(0, words.size() - 1), gazetteer)
                .map(place -> new EntityMention(EntityKind.PLACE, place));
    }

    private static Optional<String> host(List<String> words, Gazetteer gazetteer) {
        for (int length = words.size(); length > 0; length--) {
            for (int start = words.size() - length; start >= 0; start--) {
                String run = String.join(" ", words.subList(start, start + length));
                if (!gazetteer.candidates(run).isEmpty()) {
                    return Optional.of(run);
                }
            }
        }
        return Optional.empty();
    }
}
