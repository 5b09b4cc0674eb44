package dev.lede.enrich;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An interbank rate's name is no organisation or place: "Libor", "Sibor", "Euribor" (a city's interbank offered rate)
 * and "Libid" (its bid rate), which the recognizer labels either way ("three months over Libor"). A town the gazetteer
 * knows by such a name stays ("Maribor").
 */
final class InterbankRates {

    private static final Pattern RATE = Pattern.compile("\\p{Lu}\\p{L}{0,3}(?:ibor|IBOR|ibid|IBID)");

    private InterbankRates() {}

    static List<EntityMention> without(List<EntityMention> mentions, Predicate<String> isPlace) {
        return mentions.stream()
                .filter(m -> !RATE.matcher(m.text()).matches() || isPlace.test(m.text()))
                .toList();
    }
}
