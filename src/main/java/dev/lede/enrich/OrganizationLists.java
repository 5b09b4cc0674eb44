package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A one-word "person" listed with at least two organisations of the article is one too: "Samsung, Sendo and Nokia",
 * "Everton, Chelsea and Charlton", "Shearson, Merrill, Shatkin, Dean Witter and Cargill". The finding holds for the
 * whole article, unless the word is also part of a person's full name in it. One organisation beside it is not enough:
 * a singer is listed with a band ("Dido and Coldplay"), and a line-up's surnames with the one the recognizer took for a
 * club. It is when the word is also a place, as clubs and firms named after one are: "Arsenal or Chelsea", "Munster
 * and Leinster", "Hoover and Rowenta".
 */
final class OrganizationLists {

    private static final int ORGANIZATIONS_IN_A_LIST = 2;

    /** "and" or "or" between two names, a comma before it or not; a comma alone lists a line-up's surnames too. */
    private static final Pattern JOIN_AFTER = Pattern.compile(",?\\s+(?:and|or|&)\\s+");

    private static final Pattern JOIN_BEFORE = Pattern.compile(",?\\s+(?:and|or|&)\\s+$");

    private static final int JOIN_LOOK = 8;

    /** The word right before a name, and a title's full stop ("Mr.", "Sen."). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");

    private static final int TITLE_LOOK = 20;

    private OrganizationLists() {}

    /** @param isPlaceName whether the gazetteer knows a place of the name */
    static List<EntityMention> apply(String text, List<EntityMention> mentions, Predicate<String> isPlaceName) {
        return EntityMention.peopleAs(
                EntityKind.ORGANIZATION, organizationsAmongPeople(text, mentions, isPlaceName), mentions);
    }

    private static Set<String> organizationsAmongPeople(
            String text, List<EntityMention> mentions, Predicate<String> isPlaceName) {
        Map<String, String> lonePeople = NotPeopleContexts.lonePeople(mentions);
        if (lonePeople.isEmpty()) {
            return Set.of();
        }
        Set<String> organizationNames = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(m -> NameText.normalizeWhitespace(m.text()))
                .collect(Collectors.toSet());
        if (organizationNames.isEmpty()) {
            return Set.of();
        }
        Set<String> organizationKeys =
                organizationNames.stream().map(NameLists::key).collect(Collectors.toSet());
        Set<String> organizations = new HashSet<>();
        lonePeople.forEach((key, word) -> {
            if (isListedWithOrganizations(text, word, organizationKeys)
                    || (isPlaceName.test(word)
                            && !isWrittenAfterATitle(text, word)
                            && isJoinedToAnOrganization(text, word, organizationNames))) {
                organizations.add(key);
            }
        });
        return organizations;
    }

    private static boolean isListedWithOrganizations(String text, String word, Set<String> organizationKeys) {
        return ContextWords.isWrittenWhere(
                text,
                word,
                (at, end) -> NameLists.around(text, at, end, organizationKeys).size() >= ORGANIZATIONS_IN_A_LIST);
    }

    /** "Arsenal or Chelsea", "Hoover and Rowenta": the word and an organisation joined by "and" or "or". */
    private static boolean isJoinedToAnOrganization(String text, String word, Set<String> organizationNames) {
        return ContextWords.isWrittenWhere(text, word, (at, end) -> {
            Matcher after = JOIN_AFTER.matcher(text).region(end, text.length());
            if (after.lookingAt() && organizationNames.stream().anyMatch(o -> isWrittenAt(text, o, after.end()))) {
                return true;
            }
            Matcher before = JOIN_BEFORE.matcher(text).region(Math.max(0, at - JOIN_LOOK), at);
            return before.find()
                    && organizationNames.stream().anyMatch(o -> isWrittenAt(text, o, before.start() - o.length()));
        });
    }

    /** "President Clinton and Congress": a title before it anywhere in the article makes the word a person's name. */
    private static boolean isWrittenAfterATitle(String text, String word) {
        return ContextWords.isWrittenWhere(text, word, (at, end) -> {
            Matcher title = WORD_BEFORE.matcher(text).region(Math.max(0, at - TITLE_LOOK), at);
            return title.find() && NameWords.TITLES.contains(title.group(1).toLowerCase(Locale.ROOT));
        });
    }

    private static boolean isWrittenAt(String text, String name, int at) {
        return at >= 0 && text.startsWith(name, at) && ContextWords.isWholeWords(text, at, at + name.length());
    }
}
