package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm whose name joins two surnames with a hyphen ("Warner-Lambert Co", "Wyman-Gordon Inc"): the recognizer's
 * tokenizer splits the hyphenated word and the classifier labels its parts one by one, so "Warner-Lambert said" gives
 * an organisation "Warner" and a person "Lambert". A one-word person or organisation that the story writes only inside
 * such a name is the firm, when the story names a firm that starts with the name, or the classifier took one of its
 * parts for an organisation ("Merriam-Webster said") and the name is no place ("Rouyn-Noranda"), no compound of
 * nationalities ("Anglo-Dutch") and no person's ("Shaun Wright-Phillips"). The first part written alone is the firm too
 * ("Harley is the only U.S. motorcycle maker" beside "Harley-Davidson Inc") unless a title or a given name goes with it
 * in the story ("Mr Harley") or it starts another firm's name ("Racal said" beside "Racal Electronics Plc" and
 * "Racal-Guardata Inc"); the second part alone may be a founder's family ("the Beerman family"), so it stays as it is.
 * Two surnames joined the same way in a story that names no such firm ("the Blair-Brown feud") stay two people.
 */
final class HyphenatedFirms {

    /** Two capitalised words of three letters or more joined by a hyphen ("Hoffman-La Roche" has none). */
    static final Pattern JOINED_WORDS =
            Pattern.compile("(?<![\\p{L}-])(\\p{Lu}\\p{Ll}\\p{L}+)-(\\p{Lu}\\p{Ll}\\p{L}+)(?![\\p{L}-])");

    private static final String ALONE = "(?<![\\p{L}-])%s(?![\\p{L}-])";

    private static final String TITLED = "\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\\.?\\s+%s\\b";

    private HyphenatedFirms() {}

    /**
     * @param isPlace whether a name is a place's
     * @param isDemonym whether a word names a nationality
     */
    static List<EntityMention> apply(
            String text, List<EntityMention> mentions, Predicate<String> isPlace, Predicate<String> isDemonym) {
        Predicate<String> noFirm =
                isPlace.or(name -> Arrays.stream(name.split("-")).anyMatch(isDemonym));
        Map<String, String> firmOfPart = firmsOfParts(text, mentions, noFirm);
        if (firmOfPart.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() != EntityKind.PLACE
                                && firmOfPart.containsKey(m.text().strip())
                        ? new EntityMention(
                                EntityKind.ORGANIZATION, firmOfPart.get(m.text().strip()))
                        : m)
                .toList();
    }

    /** Each part that names a hyphenated firm, and that firm's name; a part of two such names is left out. */
    private static Map<String, String> firmsOfParts(
            String text, List<EntityMention> mentions, Predicate<String> noFirm) {
        Set<String> firmStarts = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (EntityMention mention : mentions) {
            if (mention.kind() == EntityKind.ORGANIZATION) {
                String name = mention.text().strip();
                organizations.add(name);
                Matcher start = JOINED_WORDS.matcher(name);
                if (start.lookingAt()) {
                    firmStarts.add(start.group());
                }
            }
        }
        Map<String, String> firmOfPart = new HashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        Matcher joined = JOINED_WORDS.matcher(text);
        while (joined.find()) {
            String name = joined.group();
            String first = joined.group(1);
            String second = joined.group(2);
            boolean startsAFirm = firmStarts.contains(name);
            boolean firstIsAPerson = isAPerson(text, first, mentions);
            boolean firstOnlyJoined = !isWrittenAlone(text, first);
            boolean secondOnlyJoined = !isWrittenAlone(text, second);
            if (!startsAFirm
                    && !(firstOnlyJoined
                            && secondOnlyJoined
                            && (organizations.contains(first) || organizations.contains(second))
                            && !noFirm.test(name)
                            && !firstIsAPerson)) {
                continue;
            }
            if (firstOnlyJoined || !(firstIsAPerson || startsAnotherName(first, organizations))) {
                add(firmOfPart, ambiguous, first, name);
            }
            if (secondOnlyJoined) {
                add(firmOfPart, ambiguous, second, name);
            }
        }
        ambiguous.forEach(firmOfPart::remove);
        return firmOfPart;
    }

    private static void add(Map<String, String> firmOfPart, Set<String> ambiguous, String part, String firm) {
        String earlier = firmOfPart.putIfAbsent(part, firm);
        if (earlier != null && !earlier.equals(firm)) {
            ambiguous.add(part);
        }
    }

    /** Whether another organisation's name starts with the word ("Racal Electronics Plc" beside "Racal-Guardata"). */
    private static boolean startsAnotherName(String word, Set<String> organizations) {
        String start = word + " ";
        return organizations.stream().anyMatch(name -> name.startsWith(start));
    }

    /** Whether the text writes the word somewhere other than joined to another by a hyphen. */
    static boolean isWrittenAlone(String text, String word) {
        return Pattern.compile(ALONE.formatted(Pattern.quote(word)))
                .matcher(text)
                .find();
    }

    /** Whether the story gives the word a title or a given name somewhere: a person's surname. */
    private static boolean isAPerson(String text, String word, List<EntityMention> mentions) {
        String surname = " " + word;
        return Pattern.compile(TITLED.formatted(Pattern.quote(word)))
                        .matcher(text)
                        .find()
                || mentions.stream()
                        .anyMatch(m -> m.kind() == EntityKind.PERSON
                                && m.text().strip().endsWith(surname));
    }
}
