package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A one-word "person" listed with at least two organisations of the article is one too: "Samsung, Sendo and Nokia",
 * "Everton, Chelsea and Charlton", "Shearson, Merrill, Shatkin, Dean Witter and Cargill". The finding holds for the
 * whole article, unless the word is also part of a person's full name in it. One organisation beside it is not enough:
 * a singer is listed with a band ("Dido and Coldplay"), and a line-up's surnames with the one the recognizer took for a
 * club.
 */
final class OrganizationLists {

    private static final int ORGANIZATIONS_IN_A_LIST = 2;

    private OrganizationLists() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        return EntityMention.peopleAs(EntityKind.ORGANIZATION, organizationsAmongPeople(text, mentions), mentions);
    }

    private static Set<String> organizationsAmongPeople(String text, List<EntityMention> mentions) {
        Map<String, String> lonePeople = NotPeopleContexts.lonePeople(mentions);
        if (lonePeople.isEmpty()) {
            return Set.of();
        }
        Set<String> organizationKeys = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(m -> NameLists.key(m.text()))
                .collect(Collectors.toSet());
        if (organizationKeys.size() < ORGANIZATIONS_IN_A_LIST) {
            return Set.of();
        }
        Set<String> organizations = new HashSet<>();
        lonePeople.forEach((key, word) -> {
            if (isListedWithOrganizations(text, word, organizationKeys)) {
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
}
