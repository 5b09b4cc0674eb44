package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A firm's short name that the recognizer took for a place: after "Dome Petroleum Ltd", "Dome said" names the firm,
 * not Dome in Ghana; after "Niagara Mohawk Power Corp", "Niagara Mohawk" is the utility. A place whose words start a
 * firm's name in the article is the firm, unless the article also
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
                .flatMap(FirmShortNames::leadingWords)
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
        return placesAsFirms(mentions, firms);
    }

    /** The mentions with every place of the given names made an organisation. */
    static List<EntityMention> placesAsFirms(List<EntityMention> mentions, Set<String> firms) {
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

    /** "Niagara Mohawk Power Corp" → "Niagara", "Niagara Mohawk", "Niagara Mohawk Power". */
    private static Stream<String> leadingWords(String name) {
        List<String> leading = new ArrayList<>();
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            leading.add(name.substring(0, space));
        }
        return leading.stream();
    }

    /** Whether the text writes the name where a place stands; a name's words may be broken over a line. */
    static boolean isWrittenAsAPlace(String text, String name) {
        Matcher after = PLACE_AFTER.matcher(text);
        int firstWordEnd = name.indexOf(' ');
        String firstWord = firstWordEnd < 0 ? name : name.substring(0, firstWordEnd);
        for (int at = text.indexOf(firstWord); at >= 0; at = text.indexOf(firstWord, at + 1)) {
            int end = ContextWords.end(text, at, name);
            if (end < 0 || !ContextWords.isWholeWords(text, at, end)) {
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
