package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Two one-word people that the story writes only joined by a hyphen are one name, a double-barrelled surname
 * ("Goldston-Morris said", "Simpson-Daniel" in a team list): the recognizer's tokenizer splits the word, and the
 * classifier labels each part a person, so one person became two, each then taken archive-wide for someone else of that
 * surname. Two people the story names apart too ("Tony Blair", "Gordon Brown") or writes so after "the" ("the
 * Blair-Brown feud", "the Harkin-Gephardt bill") stay two. Runs after {@link HyphenatedFirms}, which has made a firm's
 * parts the firm.
 */
final class HyphenatedSurnames {

    private HyphenatedSurnames() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Map<String, String> nameOfPart = new HashMap<>();
        Matcher joined = HyphenatedFirms.JOINED_WORDS.matcher(text);
        while (joined.find()) {
            String first = joined.group(1);
            String second = joined.group(2);
            if (isOnePersonWord(first, mentions)
                    && isOnePersonWord(second, mentions)
                    && !HyphenatedFirms.isWrittenAlone(text, first)
                    && !HyphenatedFirms.isWrittenAlone(text, second)
                    && !isWrittenAfterThe(text, joined.group())) {
                nameOfPart.put(first, joined.group());
                nameOfPart.put(second, joined.group());
            }
        }
        if (nameOfPart.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PERSON
                                && nameOfPart.containsKey(m.text().strip())
                        ? new EntityMention(
                                EntityKind.PERSON, nameOfPart.get(m.text().strip()))
                        : m)
                .toList();
    }

    /** "the Harkin-Gephardt bill", "the Blair-Brown feud": names used as a modifier, of two people. */
    private static boolean isWrittenAfterThe(String text, String name) {
        return ContextWords.isWrittenWhere(
                text, name, (at, end) -> NotPeopleContexts.THE_BEFORE.find(text.substring(Math.max(0, at - 6), at)));
    }

    private static boolean isOnePersonWord(String word, List<EntityMention> mentions) {
        return mentions.stream()
                .anyMatch(m -> m.kind() == EntityKind.PERSON && m.text().strip().equals(word));
    }
}
