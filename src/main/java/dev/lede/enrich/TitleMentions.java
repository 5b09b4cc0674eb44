package dev.lede.enrich;

import java.util.Collections;
import java.util.List;

/**
 * Decides which entities found in a headline to believe. Headlines are title-case, so the recognizer sees names
 * everywhere ("Trump Reports Calls" as an organisation); a headline entity counts only when the body names the same
 * entity, in full or as part of a longer name.
 */
final class TitleMentions {

    private TitleMentions() {}

    /** The title mentions backed by a body mention of the same kind; all of them when the body has none. */
    static List<EntityMention> confirmedByBody(List<EntityMention> title, List<EntityMention> body) {
        if (body.isEmpty()) {
            return title;
        }
        return title.stream()
                .filter(mention -> body.stream().anyMatch(other -> backs(other, mention)))
                .toList();
    }

    /**
     * Whether any title mention could be confirmed, decided before the recognizer reads the title: not when the
     * body has mentions and none of their words occurs in the title, since a confirmed mention's words are words of
     * a body mention. Saves the recognizer's second pass on headlines that share no word with the body's names: 8 %
     * of the first 4,000 Reuters stories (checking whole words only would skip another 2 % of them, same output).
     */
    static boolean mayBeConfirmed(String title, List<EntityMention> body) {
        if (body.isEmpty()) {
            return true;
        }
        String lowerTitle = NameText.key(title);
        return body.stream().flatMap(mention -> words(mention.text()).stream()).anyMatch(lowerTitle::contains);
    }

    private static boolean backs(EntityMention bodyMention, EntityMention titleMention) {
        if (bodyMention.kind() != titleMention.kind()) {
            return false;
        }
        List<String> titleWords = words(titleMention.text());
        return !titleWords.isEmpty() && Collections.indexOfSubList(words(bodyMention.text()), titleWords) >= 0;
    }

    private static List<String> words(String mention) {
        return NameText.tokens(NameText.key(NameText.clean(mention)));
    }
}
