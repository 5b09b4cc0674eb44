package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A firm's short name that the recognizer took for a place: after "Dome Petroleum Ltd", "Dome said" names the firm,
 * not Dome in Ghana. A one-word place that starts a firm's name in the article is the firm, unless the article also
 * writes it where a place stands ("in Hartford", "Hartford, Conn.") or the name may be a place the world knows (a
 * country, a region, a city known abroad: "Japan Air Lines Co" beside "Japan's exports").
 */
final class FirmShortNames {

    private static final Pattern FIRM_AT_END = Pattern.compile(
            "\\s(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|AG|SA|NV|Group|Holdings|Corporation|Company|Limited)\\.?$");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "\\b(?:in|at|from|near|into|across|outside|throughout|around|via|off|towards?)\\s+(?:the\\s+)?$");
    private static final Pattern PLACE_AFTER = Pattern.compile(",\\s*\\p{Lu}");
    private static final int LOOK_BEHIND = 30;

    private FirmShortNames() {}

    /** @param mayBeAFirm whether a place's name is none the world knows as a place */
    static List<EntityMention> apply(String text, List<EntityMention> mentions, Predicate<String> mayBeAFirm) {
        Set<String> firstWordsOfFirms = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(m -> m.text().strip())
                .filter(name -> name.contains(" ") && FIRM_AT_END.matcher(name).find())
                .map(name -> name.substring(0, name.indexOf(' ')))
                .collect(Collectors.toSet());
        if (firstWordsOfFirms.isEmpty()) {
            return mentions;
        }
        Set<String> firms = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PLACE)
                .map(m -> m.text().strip())
                .filter(firstWordsOfFirms::contains)
                .distinct()
                .filter(mayBeAFirm)
                .filter(word -> !isWrittenAsAPlace(text, word))
                .collect(Collectors.toSet());
        if (firms.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m ->
                        m.kind() == EntityKind.PLACE && firms.contains(m.text().strip())
                                ? new EntityMention(EntityKind.ORGANIZATION, m.text())
                                : m)
                .toList();
    }

    private static boolean isWrittenAsAPlace(String text, String word) {
        Matcher after = PLACE_AFTER.matcher(text);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (!ContextWords.isWholeWords(text, at, end)) {
                continue;
            }
            String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
            if (PLACE_BEFORE.matcher(before).find()
                    || after.region(end, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
