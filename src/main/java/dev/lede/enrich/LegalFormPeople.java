package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A "person" whose name ends in a company's legal form is that company: the recognizer labels a firm named after its
 * founder ("Sara Lee Corp", "Jim Walter Corp", "John Mowlem Plc") as it would the founder, legal form and all, where
 * no rule before has made it a firm. A "person" of two words or more that the firm's name begins or ends with, legal
 * form aside ("Sara Lee said", "Brown Boveri" of "Asea Brown Boveri Ltd"), is the firm too; one word alone may be the
 * founder, and stays.
 */
final class LegalFormPeople {

    private LegalFormPeople() {}

    static List<EntityMention> asFirms(List<EntityMention> mentions) {
        List<List<String>> firms = new ArrayList<>();
        for (EntityMention m : mentions) {
            List<String> words = NameText.tokens(m.text());
            if (m.kind() == EntityKind.PERSON && words.size() > 1 && isLegalForm(words.getLast())) {
                firms.add(withoutLegalForms(words));
            }
        }
        if (firms.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PERSON && isFirm(NameText.tokens(m.text()), firms)
                        ? new EntityMention(EntityKind.ORGANIZATION, m.text())
                        : m)
                .toList();
    }

    private static boolean isFirm(List<String> words, List<List<String>> firms) {
        if (words.size() > 1 && isLegalForm(words.getLast())) {
            return true;
        }
        return words.size() > 1
                && firms.stream()
                        .anyMatch(firm -> firm.size() >= words.size()
                                && (firm.subList(0, words.size()).equals(words)
                                        || firm.subList(firm.size() - words.size(), firm.size())
                                                .equals(words)));
    }

    private static List<String> withoutLegalForms(List<String> words) {
        int end = words.size();
        while (end > 0 && isLegalForm(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    private static boolean isLegalForm(String word) {
        return PlaceAndOrganizationNames.isLegalForm(word);
    }
}
