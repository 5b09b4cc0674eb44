package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname in quotes between a person's given name and surname ("Burkhard \"Bobby\" Junger", "Ahmed 'Mido'
 * Hossam"): the recognizer's sentence splitter may break the name at the quotes, and the classifier labels the words
 * on either side as people of their own, often the nickname too, so one person would become three. Each such mention
 * is the person named by the given name and surname: the given name, the nickname alone ("Mido" all through a match
 * report), the nickname with either name, and the whole written with its quotes. The word before the quotes is a
 * given name a list knows or the recognizer took for a person ("The 'Special' One" is nobody's).
 */
final class QuotedNicknames {

    private static final String WORD = "\\p{Lu}[\\p{L}'-]*\\p{L}";

    /** A capitalised word, a quoted capitalised word between spaces, and a capitalised word. */
    private static final Pattern NICKNAMED =
            Pattern.compile("(?<![\\p{L}'-])(?<given>" + WORD + ")\\h+[\"\u201c'\u2018](?<nickname>" + WORD
                    + ")[\"\u201d'\u2019]\\h+(?<surname>" + WORD + ")(?![\\p{L}])");

    private QuotedNicknames() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Map<String, String> fullNames = fullNamesOfParts(text, mentions);
        if (fullNames.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PERSON
                                && fullNames.containsKey(m.text().strip())
                        ? new EntityMention(
                                EntityKind.PERSON, fullNames.get(m.text().strip()))
                        : m)
                .toList();
    }

    /**
     * Each way the story's people mentions write a nicknamed person but the surname alone, and the name that person
     * goes by; a part of two such people's names is left out.
     */
    private static Map<String, String> fullNamesOfParts(String text, List<EntityMention> mentions) {
        Set<String> people = new HashSet<>();
        mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .forEach(m -> people.add(m.text().strip()));
        Map<String, String> fullNames = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Matcher nicknamed = NICKNAMED.matcher(text);
        while (nicknamed.find()) {
            String given = nicknamed.group("given");
            String nickname = nicknamed.group("nickname");
            String surname = nicknamed.group("surname");
            List<String> parts = List.of(
                    given,
                    nickname,
                    nickname + " " + surname,
                    given + " " + nickname,
                    nicknamed.group().replaceAll("\\s+", " "));
            if (!(GivenNames.contains(given) || people.contains(given))
                    || parts.stream().noneMatch(people::contains)) {
                continue;
            }
            String fullName = given + " " + surname;
            for (String part : parts) {
                String earlier = fullNames.putIfAbsent(part, fullName);
                if (earlier != null && !earlier.equals(fullName)) {
                    shared.add(part);
                }
            }
        }
        shared.forEach(fullNames::remove);
        return fullNames;
    }
}
